// SPDX-License-Identifier: EUPL-1.2
#include "ui/welcome/CouncilWizard.h"

#include "core/exchange/ContactImportPlan.h"
#include "core/exchange/CsvFormat.h"
#include "core/exchange/VCardReader.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/Transaction.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace maillage::ui {

namespace {

/// A page whose Next button waits for a council name.
class NamedPage : public QWizardPage
{
public:
    NamedPage(QLineEdit* name, QWidget* parent) : QWizardPage(parent), m_name(name)
    {
        connect(name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override { return !m_name->text().trimmed().isEmpty(); }

private:
    QLineEdit* m_name;
};

struct Preset {
    InstanceKind kind;
    const char* name;
    bool checked;
};

// The instances most councils have, named as the national centre (CCOMS) guide names them.
const Preset kPresets[] = {
    {InstanceKind::Plenary, QT_TRANSLATE_NOOP("maillage::ui::CouncilWizard", "Plenary assembly"), true},
    {InstanceKind::SteeringCommittee, QT_TRANSLATE_NOOP("maillage::ui::CouncilWizard", "Steering committee (COPIL)"),
     true},
    {InstanceKind::WorkingGroup, QT_TRANSLATE_NOOP("maillage::ui::CouncilWizard", "Working group on housing"), false},
    {InstanceKind::WorkingGroup, QT_TRANSLATE_NOOP("maillage::ui::CouncilWizard", "Working group on employment"),
     false},
    {InstanceKind::SituationsCell, QT_TRANSLATE_NOOP("maillage::ui::CouncilWizard", "Complex situations cell"),
     false},
};

} // namespace

CouncilWizard::CouncilWizard(const QString& location, QWidget* parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("councilWizard"));
    setWindowTitle(tr("Create your council"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(CouncilPage, councilPage());
    setPage(TerritoryPage, territoryPage());
    setPage(InstancesPage, instancesPage());
    setPage(PartnersPage, partnersPage());
    setPage(SummaryPage, summaryPage(location));
    resize(680, 520);
}

QWizardPage* CouncilWizard::councilPage()
{
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("wizardCouncilName"));
    m_name->setPlaceholderText(tr("e.g. CLSM de Bellerive"));
    auto* page = new NamedPage(m_name, this);
    page->setTitle(tr("Your council"));
    page->setSubTitle(tr("Its name appears on every document. You can change it later."));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("wizardCouncilKind"));
    for (CouncilKind kind : allValues<CouncilKind>())
        m_kind->addItem(labelOf(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(CouncilKind::Communal)));
    auto* form = new QFormLayout(page);
    m_name->setParent(page);
    form->addRow(tr("&Name of the council:"), m_name);
    form->addRow(tr("&Territory:"), m_kind);
    return page;
}

QWizardPage* CouncilWizard::territoryPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Communes of the territory"));
    page->setSubTitle(tr("The communes the council covers, with their INSEE code and population (optional)."));
    m_communes = new QTableWidget(0, 3, page);
    m_communes->setObjectName(QStringLiteral("wizardCommunes"));
    m_communes->setHorizontalHeaderLabels({tr("Commune"), tr("INSEE code"), tr("Population")});
    m_communes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_communes->setAccessibleName(tr("Communes of the territory"));
    auto* add = new QPushButton(tr("&Add a commune"), page);
    add->setObjectName(QStringLiteral("wizardAddCommune"));
    auto* remove = new QPushButton(tr("&Remove"), page);
    remove->setObjectName(QStringLiteral("wizardRemoveCommune"));
    connect(add, &QPushButton::clicked, this, [this] {
        addCommune({}, {}, 0);
        m_communes->setCurrentCell(m_communes->rowCount() - 1, 0);
        m_communes->editItem(m_communes->item(m_communes->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_communes->currentRow() >= 0)
            m_communes->removeRow(m_communes->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_communes);
    layout->addLayout(buttons);
    return page;
}

void CouncilWizard::addCommune(const QString& name, const QString& insee, int population)
{
    const int row = m_communes->rowCount();
    m_communes->insertRow(row);
    m_communes->setItem(row, 0, new QTableWidgetItem(name));
    m_communes->setItem(row, 1, new QTableWidgetItem(insee));
    auto* people = new QTableWidgetItem;
    people->setData(Qt::EditRole, population);
    m_communes->setItem(row, 2, people);
}

QWizardPage* CouncilWizard::instancesPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Instances"));
    page->setSubTitle(tr("Tick the bodies your council has. You can rename them and add others later."));
    m_instances = new QListWidget(page);
    m_instances->setObjectName(QStringLiteral("wizardInstances"));
    m_instances->setAccessibleName(tr("Instances to create"));
    m_instances->setSpacing(3); // check boxes one under the other need air to be hit
    for (const Preset& preset : kPresets) {
        auto* item = new QListWidgetItem(tr(preset.name), m_instances);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(preset.checked ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, int(preset.kind));
    }
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_instances);
    return page;
}

QWizardPage* CouncilWizard::partnersPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Partners (optional)"));
    page->setSubTitle(tr("Import your contacts from a vCard file (from Thunderbird, Outlook or a phone) or a CSV "
                         "spreadsheet. You can skip this step and import them later from File ▸ Import."));
    m_partners = new QLineEdit(page);
    m_partners->setObjectName(QStringLiteral("wizardPartnersFile"));
    m_partners->setPlaceholderText(tr("No file: no import"));
    auto* browse = new QPushButton(tr("&Choose a file…"), page);
    browse->setObjectName(QStringLiteral("wizardChoosePartners"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Contacts to import"), QString(),
                                                          tr("Contacts (*.vcf *.vcard *.csv)"));
        if (!path.isEmpty())
            m_partners->setText(path);
    });
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&File:"), page);
    label->setBuddy(m_partners);
    row->addWidget(label);
    row->addWidget(m_partners, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

QWizardPage* CouncilWizard::summaryPage(const QString& location)
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Ready"));
    page->setFinalPage(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("wizardSummary"));
    m_summary->setWordWrap(true);
    auto* privacy = new QLabel(tr("<p>%1</p><p><b>Your data never leaves this computer.</b> Maillage works without "
                                  "Internet and sends nothing anywhere. Backups are written beside the database "
                                  "every day.</p>")
                                   .arg(location.toHtmlEscaped()),
                               page);
    privacy->setObjectName(QStringLiteral("wizardPrivacy"));
    privacy->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(privacy);
    layout->addStretch();
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != SummaryPage)
            return;
        QStringList names;
        for (const Instance& instance : instances())
            names << instance.name;
        const QString file = partnersFile();
        m_summary->setText(tr("<p>Finish creates <b>%1</b> with %n commune(s)</p>", nullptr,
                              int(council().communes.size()))
                               .arg(council().name.toHtmlEscaped())
                           + tr("<p>Instances: %1</p>").arg(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")).toHtmlEscaped())
                           + (file.isEmpty() ? QString()
                                             : tr("<p>Partners imported from %1</p>")
                                                   .arg(QFileInfo(file).fileName().toHtmlEscaped())));
    });
    return page;
}

Council CouncilWizard::council() const
{
    Council value;
    value.name = m_name->text().simplified();
    value.kind = CouncilKind(m_kind->currentData().toInt());
    value.createdOn = QDate::currentDate();
    for (int row = 0; row < m_communes->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_communes->item(row, column);
            return item ? item->data(Qt::EditRole).toString().trimmed() : QString();
        };
        if (text(0).isEmpty())
            continue;
        Commune commune;
        commune.name = text(0);
        commune.inseeCode = text(1);
        commune.population = text(2).toInt();
        value.communes.push_back(commune);
    }
    return value;
}

std::vector<Instance> CouncilWizard::instances() const
{
    std::vector<Instance> chosen;
    for (int row = 0; row < m_instances->count(); ++row) {
        const QListWidgetItem* item = m_instances->item(row);
        if (item->checkState() != Qt::Checked || item->text().trimmed().isEmpty())
            continue;
        Instance instance;
        instance.kind = InstanceKind(item->data(Qt::UserRole).toInt());
        instance.name = item->text().trimmed();
        chosen.push_back(instance);
    }
    return chosen;
}

QString CouncilWizard::partnersFile() const
{
    return m_partners->text().trimmed();
}

Status CouncilWizard::createIn(Database& db) const
{
    // Read the partners' file first: a bad file stops everything before anything is written.
    std::optional<contacts::ContactBatch> batch;
    if (const QString file = partnersFile(); !file.isEmpty()) {
        const bool csv = file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
        auto read = csv ? contacts::readCsvContactFile(file) : contacts::readVCardFile(file);
        if (!read.ok())
            return read.error();
        batch = std::move(read).value();
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    Council value = council();
    if (Status created = CouncilRepository(db).create(value); !created.ok())
        return created;
    InstanceRepository repository(db);
    for (Instance instance : instances()) {
        instance.councilId = value.id;
        if (Status created = repository.create(instance); !created.ok())
            return created;
    }
    if (batch) {
        auto plan = contacts::planContactImport(db, *batch, contacts::MatchKey::Email);
        if (!plan.ok())
            return plan.error();
        if (Status applied = contacts::apply(db, plan.value()); !applied.ok())
            return applied;
    }
    return tx.commit();
}

} // namespace maillage::ui
