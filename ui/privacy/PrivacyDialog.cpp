// SPDX-License-Identifier: EUPL-1.2
#include "ui/privacy/PrivacyDialog.h"

#include "core/domain/Contact.h"
#include "core/privacy/PersonErasure.h"
#include "core/privacy/PersonExport.h"
#include "core/privacy/ProcessingRegister.h"
#include "core/storage/DuplicateQueries.h"
#include "ui/privacy/EraseConfirmDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace maillage {

namespace {

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

/// A cell that sorts by a key (ISO dates, names without civility) rather than by its text.
class SortedItem : public QTableWidgetItem
{
public:
    SortedItem(const QString& text, const QString& key) : QTableWidgetItem(text) { setData(Qt::UserRole + 1, key); }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return QString::localeAwareCompare(data(Qt::UserRole + 1).toString(), other.data(Qt::UserRole + 1).toString()) <
               0;
    }
};

} // namespace

PrivacyDialog::PrivacyDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("privacyDialog"));
    setWindowTitle(tr("Personal data (RGPD)"));
    resize(980, 640);
    m_confirmErase = [this](const QStringList& names) {
        EraseConfirmDialog dialog(names, this);
        return dialog.exec() == QDialog::Accepted;
    };
    m_askSavePath = [this](const QString& title, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, title, suggested, filter);
    };

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("privacyTabs"));
    m_tabs->addTab(createReviewTab(), tr("&Review"));
    m_tabs->addTab(createPersonTab(), tr("One &person"));
    m_tabs->addTab(createRegisterTab(), tr("Processing re&gister"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("privacyMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    reloadReview();
    reloadPeople();
    showRegister();
}

QWidget* PrivacyDialog::createReviewTab()
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(tr("Contacts with no attendance, membership or follow-up for the chosen period. Confirm "
                                "that keeping them is still justified, or erase them."),
                             page);
    intro->setWordWrap(true);
    m_years = new QSpinBox(page);
    m_years->setObjectName(QStringLiteral("reviewYears"));
    m_years->setRange(1, 30);
    m_years->setSuffix(tr(" years"));
    m_years->setValue(PrivacyReview::years(m_db));
    auto* yearsLabel = new QLabel(tr("No activity for &at least:"), page);
    yearsLabel->setBuddy(m_years);
    auto* top = new QHBoxLayout;
    top->addWidget(yearsLabel);
    top->addWidget(m_years);
    top->addStretch(1);

    m_review = new QTableWidget(0, 5, page);
    m_review->setObjectName(QStringLiteral("reviewList"));
    m_review->setHorizontalHeaderLabels(
        {tr("Name"), tr("Organisation"), tr("Last activity"), tr("Legal basis"), tr("Last confirmed")});
    m_review->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_review->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_review->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_review->verticalHeader()->hide();
    m_review->horizontalHeader()->setStretchLastSection(true);
    m_review->setColumnWidth(0, 230);
    m_review->setColumnWidth(1, 260);
    m_review->setColumnWidth(2, 110);
    m_review->setColumnWidth(3, 170);
    m_review->setWordWrap(false);
    m_review->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_review->setAccessibleName(tr("Contacts to review"));

    m_basis = new QComboBox(page);
    m_basis->setObjectName(QStringLiteral("reviewLegalBasis"));
    for (LegalBasis basis : allValues<LegalBasis>())
        m_basis->addItem(labelOf(basis), codeOf(basis));
    m_confirm = new QPushButton(tr("&Confirm the selection"), page);
    m_confirm->setObjectName(QStringLiteral("reviewConfirm"));
    m_confirm->setToolTip(tr("Records today as the date the legal basis was last confirmed"));
    m_eraseSelected = new QPushButton(tr("&Erase the selection…"), page);
    m_eraseSelected->setObjectName(QStringLiteral("reviewErase"));
    auto* basisLabel = new QLabel(tr("Legal &basis:"), page);
    basisLabel->setBuddy(m_basis);
    auto* actions = new QHBoxLayout;
    actions->addWidget(basisLabel);
    actions->addWidget(m_basis);
    actions->addWidget(m_confirm);
    actions->addStretch(1);
    actions->addWidget(m_eraseSelected);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_review, 1);
    layout->addLayout(actions);

    connect(m_years, &QSpinBox::valueChanged, this, [this](int years) {
        if (Status status = PrivacyReview::setYears(m_db, years); !status.ok())
            return showMessage(status.error().message, true);
        reloadReview();
    });
    connect(m_review, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = !selectedReviewIds().empty();
        m_confirm->setEnabled(any);
        m_eraseSelected->setEnabled(any);
    });
    connect(m_confirm, &QPushButton::clicked, this, &PrivacyDialog::confirmSelected);
    connect(m_eraseSelected, &QPushButton::clicked, this, &PrivacyDialog::eraseSelected);
    return page;
}

QWidget* PrivacyDialog::createPersonTab()
{
    auto* page = new QWidget(this);
    m_person = new QComboBox(page);
    m_person->setObjectName(QStringLiteral("personChoice"));
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->completer()->setFilterMode(Qt::MatchContains);
    m_person->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_person->setMinimumWidth(360);
    auto* personLabel = new QLabel(tr("&Person:"), page);
    personLabel->setBuddy(m_person);
    auto* top = new QHBoxLayout;
    top->addWidget(personLabel);
    top->addWidget(m_person, 1);

    m_personView = new QTextBrowser(page);
    m_personView->setObjectName(QStringLiteral("personView"));
    m_personView->setAccessibleName(tr("Data held about the person"));

    m_exportJson = new QPushButton(tr("Export as &JSON…"), page);
    m_exportJson->setObjectName(QStringLiteral("personExportJson"));
    m_exportPdf = new QPushButton(tr("Export as P&DF…"), page);
    m_exportPdf->setObjectName(QStringLiteral("personExportPdf"));
    m_erasePerson = new QPushButton(tr("Erase this person…"), page);
    m_erasePerson->setObjectName(QStringLiteral("personErase"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_exportJson);
    actions->addWidget(m_exportPdf);
    actions->addStretch(1);
    actions->addWidget(m_erasePerson);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_personView, 1);
    layout->addLayout(actions);

    connect(m_person, &QComboBox::currentIndexChanged, this, &PrivacyDialog::showPerson);
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportPerson(QStringLiteral("json")); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportPerson(QStringLiteral("pdf")); });
    connect(m_erasePerson, &QPushButton::clicked, this, &PrivacyDialog::erasePerson);
    return page;
}

QWidget* PrivacyDialog::createRegisterTab()
{
    auto* page = new QWidget(this);
    m_registerView = new QTextBrowser(page);
    m_registerView->setObjectName(QStringLiteral("registerView"));
    m_registerView->setAccessibleName(tr("Processing register entry"));
    auto* save = new QPushButton(tr("&Save as PDF…"), page);
    save->setObjectName(QStringLiteral("registerPdf"));
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(save);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_registerView, 1);
    layout->addLayout(actions);
    connect(save, &QPushButton::clicked, this, &PrivacyDialog::saveRegister);
    return page;
}

void PrivacyDialog::setToday(const QDate& today)
{
    m_today = today;
    reloadReview();
    showRegister();
}

void PrivacyDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void PrivacyDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void PrivacyDialog::reloadReview()
{
    auto list = PrivacyReview::candidates(m_db, m_today);
    if (!list)
        return showMessage(list.error().message, true);
    m_candidates = list.value();
    m_review->setSortingEnabled(false); // rows are filled by index; sorting resumes after
    m_review->clearContents();
    m_review->setRowCount(int(m_candidates.size()));
    for (int row = 0; row < int(m_candidates.size()); ++row) {
        const ReviewCandidate& c = m_candidates[size_t(row)];
        bool known = false;
        const LegalBasis basis = fromCode<LegalBasis>(c.legalBasis, LegalBasis::LegitimateInterest, &known);
        const QStringList cells{c.name, c.organisation,
                                c.lastActivity.isValid() ? shortDate(c.lastActivity) : tr("never"),
                                known ? labelOf(basis) : c.legalBasis, shortDate(c.consentConfirmedOn)};
        const QStringList keys{c.sortKey, c.organisation.toLower(), c.lastActivity.toString(Qt::ISODate), cells.at(3),
                               c.consentConfirmedOn.toString(Qt::ISODate)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new SortedItem(cells.at(column), keys.at(column));
            item->setData(Qt::UserRole, c.id);
            m_review->setItem(row, column, item);
        }
    }
    m_review->setSortingEnabled(true);
    m_confirm->setEnabled(false);
    m_eraseSelected->setEnabled(false);
    m_tabs->setTabText(ReviewTab, m_candidates.empty() ? tr("&Review") : tr("&Review (%1)").arg(m_candidates.size()));
}

std::vector<qint64> PrivacyDialog::reviewIds() const
{
    std::vector<qint64> ids;
    for (int row = 0; row < m_review->rowCount(); ++row)
        ids.push_back(m_review->item(row, 0)->data(Qt::UserRole).toLongLong());
    return ids;
}

std::vector<qint64> PrivacyDialog::selectedReviewIds() const
{
    std::vector<qint64> ids;
    for (const QModelIndex& index : m_review->selectionModel()->selectedRows())
        ids.push_back(index.data(Qt::UserRole).toLongLong());
    return ids;
}

void PrivacyDialog::confirmSelected()
{
    const std::vector<qint64> ids = selectedReviewIds();
    if (ids.empty())
        return;
    if (Status status = PrivacyReview::confirm(m_db, ids, m_basis->currentData().toString(), m_today); !status.ok())
        return showMessage(status.error().message, true);
    reloadReview();
    showMessage(tr("%n contact(s) confirmed today.", nullptr, int(ids.size())), false);
    emit dataChanged();
}

void PrivacyDialog::eraseSelected()
{
    const std::vector<qint64> ids = selectedReviewIds();
    QStringList names;
    for (qint64 id : ids)
        for (const ReviewCandidate& c : m_candidates)
            if (c.id == id)
                names << c.name;
    erase(ids, names);
}

bool PrivacyDialog::erase(const std::vector<qint64>& ids, const QStringList& names)
{
    if (ids.empty() || !m_confirmErase(names))
        return false;
    int done = 0;
    for (qint64 id : ids) {
        auto erased = PersonErasure::erase(m_db, id, m_today);
        if (!erased) {
            showMessage(erased.error().message, true);
            break;
        }
        ++done;
    }
    reloadReview();
    reloadPeople();
    showRegister();
    if (done == int(ids.size()))
        showMessage(tr("%n person(s) erased. Their attendance still counts in the statistics.", nullptr, done), false);
    if (done > 0)
        emit dataChanged();
    return done == int(ids.size());
}

} // namespace maillage
