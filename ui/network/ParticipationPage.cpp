// SPDX-License-Identifier: EUPL-1.2
#include "ui/network/ParticipationPage.h"

#include "core/exchange/CsvFormat.h"
#include "core/network/NetworkExport.h"
#include "ui/main/TableSetup.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace maillage::ui {

namespace {

QStandardItem* textItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

/// A number shown in the locale's format that sorts as a number.
QStandardItem* numberItem(double value, int decimals = 0, const QString& suffix = {})
{
    auto* item = textItem(QLocale().toString(value, 'f', decimals) + suffix);
    item->setData(value, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem* dateItem(const QDate& date)
{
    auto* item = textItem(QLocale().toString(date, QLocale::ShortFormat));
    item->setData(date, Qt::UserRole);
    return item;
}

} // namespace

ParticipationPage::ParticipationPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("participationPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto* bar = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_from->setObjectName(QStringLiteral("participationFrom"));
    m_from->setAccessibleName(tr("Period start"));
    m_to = new QDateEdit(QDate(today.year(), 12, 31), this);
    m_to->setObjectName(QStringLiteral("participationTo"));
    m_to->setAccessibleName(tr("Period end"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        connect(edit, &QDateEdit::dateChanged, this, &ParticipationPage::refresh);
    }
    m_months = new QSpinBox(this);
    m_months->setObjectName(QStringLiteral("participationLostMonths"));
    m_months->setRange(1, 120);
    m_months->setValue(12);
    m_months->setSuffix(tr(" months"));
    m_months->setAccessibleName(tr("Not seen for"));
    connect(m_months, &QSpinBox::valueChanged, this, &ParticipationPage::refresh);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("participationExportCsv"));
    connect(exportButton, &QPushButton::clicked, this, &ParticipationPage::chooseExport);
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addSpacing(16);
    bar->addWidget(new QLabel(tr("Lost from view after"), this));
    bar->addWidget(m_months);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    layout->addLayout(bar);
    auto* note = new QLabel(tr("Attendance rate = (present + represented) ÷ convened, over the meetings held in the "
                               "period. A proxy given does not count as attending."),
                            this);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("participationDefinition"));
    layout->addWidget(note);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("participationTabs"));
    const QStringList names{tr("By organisation"), tr("By sector"), tr("By pillar"), tr("By instance"),
                            tr("Newcomers"),       tr("Lost from view"), tr("Pillars per instance")};
    const QStringList objectNames{QStringLiteral("byOrganisation"), QStringLiteral("bySector"),
                                  QStringLiteral("byPillar"),       QStringLiteral("byInstance"),
                                  QStringLiteral("newcomers"),      QStringLiteral("lostFromView"),
                                  QStringLiteral("pillarsPerInstance")};
    for (int i = 0; i < names.size(); ++i) {
        auto* model = new QStandardItemModel(this);
        auto* proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(Qt::UserRole);
        auto* view = new QTableView(m_tabs);
        view->setObjectName(QStringLiteral("participation_") + objectNames[i]);
        view->setModel(proxy);
        setUpReadOnlyTable(view);
        view->setSortingEnabled(true);
        m_models.push_back(model);
        m_views.push_back(view);
        m_tabs->addTab(view, names[i]);
    }
    layout->addWidget(m_tabs, 1);
}

void ParticipationPage::setDatabase(Database* db)
{
    m_db = db;
    refresh();
}

void ParticipationPage::setPeriod(const QDate& from, const QDate& to)
{
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

QTableView* ParticipationPage::table(int index) const
{
    return index >= 0 && index < int(m_views.size()) ? m_views[size_t(index)] : nullptr;
}

void ParticipationPage::refresh()
{
    m_report = {};
    if (m_db) {
        auto loaded = loadParticipation(*m_db, m_from->date(), m_to->date(), m_months->value());
        if (loaded)
            m_report = std::move(loaded.value());
    }
    fill();
}

void ParticipationPage::fill()
{
    const QStringList rateHeader{tr("Convened"), tr("Present"), tr("Represented"), tr("Meetings attended"),
                                 tr("Attendance rate")};
    const auto fillRates = [&](QStandardItemModel* model, const QString& first,
                               const std::vector<ParticipationRow>& rows) {
        model->clear();
        model->setHorizontalHeaderLabels(QStringList{first} + rateHeader);
        for (const ParticipationRow& row : rows) {
            auto* label = textItem(row.label);
            label->setData(row.label.toLower(), Qt::UserRole);
            if (!row.color.isEmpty())
                label->setData(QColor(row.color), Qt::DecorationRole);
            model->appendRow({label, numberItem(row.convened), numberItem(row.present), numberItem(row.represented),
                              numberItem(row.meetings), numberItem(row.rate() * 100, 0, QStringLiteral("\u00a0%"))});
        }
    };
    fillRates(m_models[0], tr("Organisation"), m_report.byOrganisation);
    fillRates(m_models[1], tr("Sector"), m_report.bySector);
    fillRates(m_models[2], tr("Pillar"), m_report.byPillar);
    fillRates(m_models[3], tr("Instance"), m_report.byInstance);
    for (int i : {4, 5}) {
        QStandardItemModel* model = m_models[size_t(i)];
        model->clear();
        model->setHorizontalHeaderLabels({tr("Organisation"), tr("Sector"), tr("First seen"), tr("Last seen"),
                                          tr("Last instance")});
        for (const OrganisationPresence& row : i == 4 ? m_report.newcomers : m_report.lost) {
            auto* name = textItem(row.organisationName);
            name->setData(row.organisationName.toLower(), Qt::UserRole);
            auto* sector = textItem(row.sectorLabel);
            sector->setData(row.sectorLabel.toLower(), Qt::UserRole);
            auto* instance = textItem(row.lastInstance);
            instance->setData(row.lastInstance.toLower(), Qt::UserRole);
            model->appendRow({name, sector, dateItem(row.firstSeen), dateItem(row.lastSeen), instance});
        }
    }
    QStandardItemModel* pillars = m_models[6];
    pillars->clear();
    QStringList header{tr("Instance"), tr("Meetings held")};
    for (const char* code : kCouncilPillars)
        header << labelOf(fromCode<Pillar>(QString::fromLatin1(code), Pillar::Professional));
    header << tr("Missing");
    pillars->setHorizontalHeaderLabels(header);
    for (const InstancePillars& row : m_report.pillars) {
        auto* name = textItem(row.instanceName);
        name->setData(row.instanceName.toLower(), Qt::UserRole);
        QList<QStandardItem*> items{name, numberItem(row.meetings)};
        for (size_t p = 0; p < kCouncilPillars.size(); ++p) {
            auto* item = numberItem(row.attended[p]);
            item->setText(row.attended[p] > 0 ? tr("present (%1)").arg(row.attended[p]) : tr("missing"));
            item->setToolTip(tr("%n member(s) of this pillar", nullptr, row.members[p]));
            item->setForeground(row.attended[p] > 0 ? QColor(0x1b, 0x6e, 0x32) : QColor(0xb0, 0x20, 0x20));
            items << item;
        }
        const QString missing = row.missing().join(QStringLiteral(", "));
        auto* missingItem = textItem(missing);
        missingItem->setData(missing, Qt::UserRole);
        items << missingItem;
        pillars->appendRow(items);
    }
}

bool ParticipationPage::exportCsv(const QString& path, QString* error) const
{
    const QTableView* view = m_views[size_t(std::max(0, m_tabs->currentIndex()))];
    const QAbstractItemModel* model = view->model();
    QByteArray bytes("\xEF\xBB\xBF");
    QStringList header;
    for (int column = 0; column < model->columnCount(); ++column)
        header << model->headerData(column, Qt::Horizontal).toString();
    bytes += contacts::writeCsvLine(header, u';');
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < model->columnCount(); ++column)
            fields << model->index(row, column).data().toString();
        bytes += contacts::writeCsvLine(fields, u';');
    }
    if (Status status = writeFileAtomically(path, bytes); !status) {
        if (error)
            *error = status.error().message;
        return false;
    }
    return true;
}

void ParticipationPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the table as CSV"), tr("participation.csv"),
                                                      tr("CSV (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export"), error);
}

} // namespace maillage::ui
