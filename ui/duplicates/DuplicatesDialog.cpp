// SPDX-License-Identifier: EUPL-1.2
#include "ui/duplicates/DuplicatesDialog.h"

#include "core/domain/Contact.h"
#include "core/partners/ContactMerge.h"
#include "core/storage/DuplicateQueries.h"
#include "core/storage/MergeSql.h"
#include "core/storage/TableCatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maillage {

namespace {

QString table(DuplicatesDialog::Kind kind)
{
    return kind == DuplicatesDialog::Kind::Contacts ? QStringLiteral("contact") : QStringLiteral("organisation");
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

/// Columns of contact and organisation in the user's words; others keep their column name.
QString fieldLabel(const QString& column)
{
    static const std::pair<const char*, const char*> labels[] = {
        {"civility", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Civility")},
        {"first_name", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "First name")},
        {"last_name", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Last name")},
        {"job_title", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Job title")},
        {"pillar", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Pillar")},
        {"email", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "E-mail")},
        {"phone", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Phone")},
        {"mobile", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Mobile")},
        {"address", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Address")},
        {"legal_basis", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Legal basis")},
        {"consent_confirmed_on", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Consent confirmed on")},
        {"charter_signed_on", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Charter signed on")},
        {"active", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Active")},
        {"notes", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Notes")},
        {"name", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Name")},
        {"acronym", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Acronym")},
        {"sector_id", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Sector")},
        {"org_type", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Type")},
        {"postcode", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Postcode")},
        {"commune", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Commune")},
        {"website", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "Website")},
        {"siret", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "SIRET")},
        {"finess", QT_TRANSLATE_NOOP("maillage::DuplicatesDialog", "FINESS")},
    };
    for (const auto& [key, label] : labels)
        if (column == QLatin1String(key))
            return DuplicatesDialog::tr(label);
    return column;
}

/// A stored value as the user reads it: labels for codes, dates in the locale's format.
QString displayValue(const QString& column, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (column == QLatin1String("active"))
        return value.toInteger() != 0 ? DuplicatesDialog::tr("yes") : DuplicatesDialog::tr("no");
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString text = value.toString();
    bool known = false;
    if (column == QLatin1String("pillar")) {
        const Pillar pillar = fromCode<Pillar>(text, Pillar::Professional, &known);
        return known ? labelOf(pillar) : text;
    }
    if (column == QLatin1String("legal_basis")) {
        const LegalBasis basis = fromCode<LegalBasis>(text, LegalBasis::LegitimateInterest, &known);
        return known ? labelOf(basis) : text;
    }
    if (column.endsWith(QLatin1String("_on"))) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : text;
    }
    return text;
}

} // namespace

DuplicatesDialog::DuplicatesDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Likely duplicates"));
    resize(1000, 620);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("duplicateKind"));
    m_kind->addItem(tr("Contacts"));
    m_kind->addItem(tr("Organisations"));
    auto* kindLabel = new QLabel(tr("&Look among:"), this);
    kindLabel->setBuddy(m_kind);
    auto* top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addStretch(1);

    m_pairTable = new QTableWidget(0, 4, this);
    m_pairTable->setObjectName(QStringLiteral("duplicatePairs"));
    m_pairTable->setHorizontalHeaderLabels({tr("First record"), tr("Second record"), tr("Why"), tr("Likelihood")});
    m_pairTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairTable->verticalHeader()->hide();
    m_pairTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_pairTable->horizontalHeader()->setStretchLastSection(true);
    m_pairTable->setColumnWidth(0, 170);
    m_pairTable->setColumnWidth(1, 170);
    m_pairTable->setColumnWidth(2, 110);
    m_pairTable->setWordWrap(false);
    m_pairTable->setAccessibleName(tr("Likely duplicates"));

    m_compare = new QTableWidget(0, 2, this);
    m_compare->setObjectName(QStringLiteral("duplicateCompare"));
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_compare->setHorizontalHeaderLabels({tr("First record"), tr("Second record")});
    m_compare->setAccessibleName(tr("The two records side by side"));

    m_keepFirst = new QRadioButton(this);
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepSecond = new QRadioButton(this);
    m_keepSecond->setObjectName(QStringLiteral("keepSecond"));
    m_keepFirst->setChecked(true);
    // Long names must not widen the right pane at the expense of the list of pairs.
    for (QRadioButton* radio : {m_keepFirst, m_keepSecond})
        radio->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto* keepRow = new QVBoxLayout;
    m_keepLabel = new QLabel(tr("Keep:"), this);
    keepRow->addWidget(m_keepLabel);
    keepRow->addWidget(m_keepFirst);
    keepRow->addWidget(m_keepSecond);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_compare, 1);
    rightLayout->addLayout(keepRow);
    auto* split = new QSplitter(this);
    split->setObjectName(QStringLiteral("duplicateSplitter"));
    split->addWidget(m_pairTable);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("duplicateMessage"));
    m_message->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setToolTip(tr("Moves every attendance, membership and link to the kept record, then deletes the other"));
    m_undo = buttons->addButton(tr("&Undo the merge"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoMergeButton"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setToolTip(tr("Undoes the last merge (Ctrl+Z): the removed record and its links come back"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DuplicatesDialog::reload);
    connect(m_pairTable, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::showPair);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_undo, &QPushButton::clicked, this, &DuplicatesDialog::undoLastMerge);

    QSettings settings;
    if (!split->restoreState(settings.value(QStringLiteral("duplicates/splitter")).toByteArray()))
        split->setSizes({420, 580});
    connect(this, &QDialog::finished, this,
            [split] { QSettings().setValue(QStringLiteral("duplicates/splitter"), split->saveState()); });
    reload();
}

void DuplicatesDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(kind == Kind::Contacts ? 0 : 1);
}

DuplicatesDialog::Kind DuplicatesDialog::kind() const
{
    return m_kind->currentIndex() == 0 ? Kind::Contacts : Kind::Organisations;
}

void DuplicatesDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void DuplicatesDialog::reload()
{
    m_names.clear();
    m_pairs.clear();
    if (kind() == Kind::Contacts) {
        auto rows = duplicatequeries::contacts(m_db);
        if (!rows)
            return showMessage(rows.error().message, true);
        for (const ContactKeys& row : rows.value()) {
            QString name = QStringList{row.civility, row.firstName, row.lastName}.join(u' ').simplified();
            const QString detail = !row.email.isEmpty() ? row.email : (!row.phone.isEmpty() ? row.phone : row.mobile);
            m_names.insert(row.id, detail.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, detail));
        }
        m_pairs = DuplicateFinder::contacts(rows.value());
    } else {
        auto rows = duplicatequeries::organisations(m_db);
        if (!rows)
            return showMessage(rows.error().message, true);
        for (const OrganisationKeys& row : rows.value())
            m_names.insert(row.id,
                           row.commune.isEmpty() ? row.name : QStringLiteral("%1 (%2)").arg(row.name, row.commune));
        m_pairs = DuplicateFinder::organisations(rows.value());
    }
    m_pairTable->setRowCount(int(m_pairs.size()));
    for (int row = 0; row < int(m_pairs.size()); ++row) {
        const DuplicatePair& pair = m_pairs[size_t(row)];
        m_pairTable->setItem(row, 0, cell(nameOf(pair.firstId)));
        m_pairTable->setItem(row, 1, cell(nameOf(pair.secondId)));
        m_pairTable->setItem(row, 2, cell(pair.reasonTexts().join(QStringLiteral(", "))));
        m_pairTable->setItem(row, 3, cell(QLocale().toString(qRound(pair.score * 100)) + QStringLiteral(" %")));
    }
    showMessage(m_pairs.empty() ? tr("No likely duplicate.")
                                : tr("%n likely duplicate(s).", nullptr, int(m_pairs.size())),
                false);
    if (!m_pairs.empty())
        selectPair(0);
    else
        showPair();
}

QString DuplicatesDialog::nameOf(qint64 id) const
{
    return m_names.value(id, tr("no. %1").arg(id));
}

void DuplicatesDialog::selectPair(int row)
{
    m_pairTable->selectRow(row);
    showPair();
}

void DuplicatesDialog::showPair()
{
    const int row = m_pairTable->currentRow();
    m_compare->setRowCount(0);
    const bool any = row >= 0 && row < int(m_pairs.size());
    for (QWidget* widget :
         {static_cast<QWidget*>(m_keepLabel), static_cast<QWidget*>(m_keepFirst), static_cast<QWidget*>(m_keepSecond)})
        widget->setVisible(any);
    if (!any)
        return updateButtons();
    const DuplicatePair& pair = m_pairs[size_t(row)];
    m_keepFirst->setText(nameOf(pair.firstId));
    m_keepSecond->setText(nameOf(pair.secondId));
    m_compare->setHorizontalHeaderLabels({tr("First record"), tr("Second record")});
    auto first = mergesql::record(m_db, table(kind()), pair.firstId);
    auto second = mergesql::record(m_db, table(kind()), pair.secondId);
    if (!first || !second || !first.value() || !second.value())
        return updateButtons();
    QStringList labels;
    const auto addLine = [&](const QString& label, const QString& a, const QString& b) {
        if (a.isEmpty() && b.isEmpty())
            return;
        const int line = m_compare->rowCount();
        m_compare->insertRow(line);
        labels << label;
        auto* left = cell(a);
        auto* rightCell = cell(b);
        if (a != b) { // differences stand out, so the user sees what the merge decides
            QFont bold = m_compare->font();
            bold.setBold(true);
            left->setFont(bold);
            rightCell->setFont(bold);
        }
        m_compare->setItem(line, 0, left);
        m_compare->setItem(line, 1, rightCell);
    };
    const TableSpec* spec = TableCatalog::find(table(kind()));
    for (const ColumnSpec& column : spec->columns) { // in the schema's order, which reads naturally
        const QString name = column.name;
        if (name == QLatin1String("id") || name == QLatin1String("version") || name.endsWith(QLatin1String("_at")) ||
            name == QLatin1String("erased_on"))
            continue;
        addLine(fieldLabel(name), displayValue(name, first.value()->value(name)),
                displayValue(name, second.value()->value(name)));
    }
    auto firstLinks = mergesql::linkCounts(m_db, table(kind()), pair.firstId);
    auto secondLinks = mergesql::linkCounts(m_db, table(kind()), pair.secondId);
    if (firstLinks && secondLinks) {
        QMap<QString, std::pair<int, int>> links;
        for (const auto& [key, n] : firstLinks.value())
            links[ContactMerge::linkLabel(key)].first += n;
        for (const auto& [key, n] : secondLinks.value())
            links[ContactMerge::linkLabel(key)].second += n;
        for (auto it = links.cbegin(); it != links.cend(); ++it)
            addLine(it.key(), QString::number(it.value().first), QString::number(it.value().second));
    }
    m_compare->setVerticalHeaderLabels(labels);
    updateButtons();
}

void DuplicatesDialog::updateButtons()
{
    m_merge->setEnabled(m_pairTable->currentRow() >= 0 && m_pairTable->currentRow() < int(m_pairs.size()));
    auto open = ContactMerge::undoableMerges(m_db);
    m_undo->setEnabled(open && !open.value().empty());
}

bool DuplicatesDialog::mergeSelected()
{
    const int row = m_pairTable->currentRow();
    if (row < 0 || row >= int(m_pairs.size()))
        return false;
    const DuplicatePair pair = m_pairs[size_t(row)];
    const qint64 keep = m_keepFirst->isChecked() ? pair.firstId : pair.secondId;
    const qint64 remove = keep == pair.firstId ? pair.secondId : pair.firstId;
    const QString keptName = nameOf(keep);
    auto merged = kind() == Kind::Contacts ? ContactMerge::mergeContacts(m_db, keep, remove)
                                           : ContactMerge::mergeOrganisations(m_db, keep, remove);
    if (!merged) {
        showMessage(merged.error().message, true);
        return false;
    }
    reload();
    showMessage(tr("Merged into %1: %n link(s) moved. “Undo the merge” brings the other record back.", nullptr,
                   merged.value().repointed)
                    .arg(keptName),
                false);
    emit dataChanged();
    return true;
}

bool DuplicatesDialog::undoLastMerge()
{
    auto open = ContactMerge::undoableMerges(m_db);
    if (!open || open.value().empty())
        return false;
    if (Status status = ContactMerge::undo(m_db, open.value().front().id); !status.ok()) {
        showMessage(status.error().message, true);
        return false;
    }
    reload();
    showMessage(tr("Merge undone: %1.").arg(open.value().front().label), false);
    emit dataChanged();
    return true;
}

} // namespace maillage
