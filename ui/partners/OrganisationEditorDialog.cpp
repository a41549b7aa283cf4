// SPDX-License-Identifier: EUPL-1.2
#include "ui/partners/OrganisationEditorDialog.h"

#include "core/storage/PartnerListQueries.h"
#include "core/storage/SectorRepository.h"
#include "ui/partners/PartnerTables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maillage::ui {

namespace {

QLineEdit* lineEdit(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

OrganisationEditorDialog::OrganisationEditorDialog(Database& db, const Organisation& value, QWidget* parent)
    : QDialog(parent), m_db(db), m_value(value)
{
    setObjectName(QStringLiteral("organisationEditor"));
    setWindowTitle(value.id > 0 ? tr("Organisation %1").arg(value.displayName()) : tr("New organisation"));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("organisationEditorTabs"));
    tabs->addTab(buildForm(), tr("Details"));
    m_people = makeRelationTable({tr("Person"), tr("Function"), tr("From"), tr("Until")},
                                 QStringLiteral("organisationPeople"), this);
    m_instances = makeRelationTable({tr("Instance"), tr("Member"), tr("Role"), tr("From"), tr("Until")},
                                    QStringLiteral("organisationInstances"), this);
    tabs->addTab(m_people, tr("People"));
    tabs->addTab(m_instances, tr("Instances"));
    layout->addWidget(tabs, 1);
    m_problems = makeProblemLabel(this);
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("organisationEditorButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fillRelations();
    resize(640, 560);
}

QWidget* OrganisationEditorDialog::buildForm()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_name = lineEdit(m_value.name, QStringLiteral("organisationName"), page);
    m_acronym = lineEdit(m_value.acronym, QStringLiteral("organisationAcronym"), page);
    m_sector = new QComboBox(page);
    m_sector->setObjectName(QStringLiteral("organisationSector"));
    m_sector->addItem(tr("(no sector)"), qint64(0));
    if (auto sectors = SectorRepository(m_db).list(); sectors.ok())
        for (const Sector& sector : sectors.value())
            m_sector->addItem(sector.label, sector.id);
    m_sector->setCurrentIndex(qMax(0, m_sector->findData(m_value.sectorId)));
    m_type = lineEdit(m_value.type, QStringLiteral("organisationType"), page);
    m_siret = lineEdit(m_value.siret, QStringLiteral("organisationSiret"), page);
    m_siret->setPlaceholderText(tr("14 digits"));
    m_finess = lineEdit(m_value.finess, QStringLiteral("organisationFiness"), page);
    m_finess->setPlaceholderText(tr("9 characters"));
    m_address = lineEdit(m_value.address, QStringLiteral("organisationAddress"), page);
    m_postcode = lineEdit(m_value.postcode, QStringLiteral("organisationPostcode"), page);
    m_commune = lineEdit(m_value.commune, QStringLiteral("organisationCommune"), page);
    m_phone = lineEdit(m_value.phone, QStringLiteral("organisationPhone"), page);
    m_email = lineEdit(m_value.email, QStringLiteral("organisationEmail"), page);
    m_website = lineEdit(m_value.website, QStringLiteral("organisationWebsite"), page);
    m_active = new QCheckBox(tr("Active partner"), page);
    m_active->setObjectName(QStringLiteral("organisationActive"));
    m_active->setChecked(m_value.active);
    m_notes = new QPlainTextEdit(m_value.notes, page);
    m_notes->setObjectName(QStringLiteral("organisationNotes"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Acronym:"), m_acronym);
    form->addRow(tr("&Sector:"), m_sector);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("SI&RET:"), m_siret);
    form->addRow(tr("&FINESS:"), m_finess);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("&Postcode:"), m_postcode);
    form->addRow(tr("&Commune:"), m_commune);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(QString(), m_active);
    form->addRow(tr("N&otes:"), m_notes);
    return page;
}

void OrganisationEditorDialog::fillRelations()
{
    if (m_value.id <= 0)
        return;
    const PartnerListQueries queries(m_db);
    if (auto people = queries.peopleOf(m_value.id, QDate::currentDate()); people.ok())
        fillAffiliations(m_people, people.value(), false);
    if (auto instances = queries.instancesOfOrganisation(m_value.id, QDate::currentDate()); instances.ok())
        fillMemberships(m_instances, instances.value());
}

Organisation OrganisationEditorDialog::value() const
{
    Organisation value = m_value;
    value.name = m_name->text().trimmed();
    value.acronym = m_acronym->text().trimmed();
    value.sectorId = m_sector->currentData().toLongLong();
    value.type = m_type->text().trimmed();
    value.siret = m_siret->text().remove(u' ');
    value.finess = m_finess->text().remove(u' ').toUpper();
    value.address = m_address->text().trimmed();
    value.postcode = m_postcode->text().trimmed();
    value.commune = m_commune->text().trimmed();
    value.phone = m_phone->text().trimmed();
    value.email = m_email->text().trimmed();
    value.website = m_website->text().trimmed();
    value.active = m_active->isChecked();
    value.notes = m_notes->toPlainText();
    return value;
}

void OrganisationEditorDialog::accept()
{
    const QStringList found = problems();
    showProblems(m_problems, found);
    if (found.isEmpty())
        QDialog::accept();
}

} // namespace maillage::ui
