// SPDX-License-Identifier: EUPL-1.2
#include "ui/partners/ContactEditorDialog.h"

#include "core/storage/OrganisationRepository.h"
#include "core/storage/PartnerListQueries.h"
#include "ui/partners/PartnerTables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maillage::ui {

namespace {

const QDate kNoDate(1900, 1, 1); // the date edits' "empty" value

QDateEdit* optionalDate(const QDate& value, const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QCoreApplication::translate("maillage::ui::ContactEditorDialog", "(none)"));
    edit->setDate(value.isValid() ? value : kNoDate);
    return edit;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

QLineEdit* lineEdit(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

void fillOrganisationCombo(Database& db, QComboBox* combo, const QString& noneText)
{
    if (!noneText.isEmpty())
        combo->addItem(noneText, qint64(0));
    if (auto organisations = OrganisationRepository(db).list(); organisations.ok())
        for (const Organisation& organisation : organisations.value())
            combo->addItem(organisation.displayName(), organisation.id);
}

ContactEditorDialog::ContactEditorDialog(Database& db, const Contact& value, QWidget* parent)
    : QDialog(parent), m_db(db), m_value(value)
{
    setObjectName(QStringLiteral("contactEditor"));
    setWindowTitle(value.id > 0 ? tr("Contact %1").arg(value.displayName()) : tr("New contact"));
    auto* layout = new QVBoxLayout(this);
    if (value.isErased()) {
        auto* banner = new QLabel(tr("This person was erased on %1 (RGPD). The record only keeps attendance counts "
                                     "right and cannot be edited.")
                                      .arg(QLocale().toString(value.erasedOn, QLocale::ShortFormat)),
                                  this);
        banner->setObjectName(QStringLiteral("erasedBanner"));
        banner->setWordWrap(true);
        layout->addWidget(banner);
    }
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("contactEditorTabs"));
    QWidget* form = buildForm();
    tabs->addTab(form, tr("Details"));
    tabs->addTab(buildHistory(), tr("Organisations"));
    m_instances = makeRelationTable({tr("Instance"), tr("Member"), tr("Role"), tr("From"), tr("Until")},
                                    QStringLiteral("contactInstances"), this);
    tabs->addTab(m_instances, tr("Instances"));
    layout->addWidget(tabs, 1);
    m_problems = makeProblemLabel(this);
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(value.isErased() ? QDialogButtonBox::StandardButtons(QDialogButtonBox::Close)
                                                          : QDialogButtonBox::Save | QDialogButtonBox::Cancel,
                                         this);
    buttons->setObjectName(QStringLiteral("contactEditorButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (value.isErased()) {
        form->setEnabled(false);
        m_change->setEnabled(false);
    }
    fillRelations();
    resize(660, 620);
}

QWidget* ContactEditorDialog::buildForm()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_civility = new QComboBox(page);
    m_civility->setObjectName(QStringLiteral("contactCivility"));
    m_civility->setEditable(true);
    m_civility->addItems(
        {QString(), QStringLiteral("Mme"), QStringLiteral("M."), QStringLiteral("Dr"), QStringLiteral("Pr")});
    m_civility->setCurrentText(m_value.isErased() ? QString() : m_value.civility);
    m_firstName =
        lineEdit(m_value.isErased() ? QString() : m_value.firstName, QStringLiteral("contactFirstName"), page);
    m_lastName = lineEdit(m_value.isErased() ? m_value.displayName() : m_value.lastName,
                          QStringLiteral("contactLastName"), page);
    m_jobTitle = lineEdit(m_value.jobTitle, QStringLiteral("contactJobTitle"), page);
    m_pillar = new QComboBox(page);
    m_pillar->setObjectName(QStringLiteral("contactPillar"));
    for (const Pillar pillar : allValues<Pillar>())
        m_pillar->addItem(labelOf(pillar), codeOf(pillar));
    m_pillar->setCurrentIndex(qMax(0, m_pillar->findData(codeOf(m_value.pillar))));
    m_email = lineEdit(m_value.email, QStringLiteral("contactEmail"), page);
    m_phone = lineEdit(m_value.phone, QStringLiteral("contactPhone"), page);
    m_mobile = lineEdit(m_value.mobile, QStringLiteral("contactMobile"), page);
    m_address = new QPlainTextEdit(m_value.address, page);
    m_address->setObjectName(QStringLiteral("contactAddress"));
    m_address->setMaximumHeight(70);
    m_legalBasis = new QComboBox(page);
    m_legalBasis->setObjectName(QStringLiteral("contactLegalBasis"));
    for (const LegalBasis basis : allValues<LegalBasis>())
        m_legalBasis->addItem(labelOf(basis), codeOf(basis));
    m_legalBasis->setCurrentIndex(qMax(0, m_legalBasis->findData(codeOf(m_value.legalBasis))));
    m_confirmed = optionalDate(m_value.consentConfirmedOn, QStringLiteral("contactConfirmedOn"), page);
    m_charter = optionalDate(m_value.charterSignedOn, QStringLiteral("contactCharterSignedOn"), page);
    m_active = new QCheckBox(tr("Active in the network"), page);
    m_active->setObjectName(QStringLiteral("contactActive"));
    m_active->setChecked(m_value.active);
    m_notes = new QPlainTextEdit(m_value.notes, page);
    m_notes->setObjectName(QStringLiteral("contactNotes"));
    form->addRow(tr("&Civility:"), m_civility);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("F&unction:"), m_jobTitle);
    if (m_value.id <= 0) {
        m_organisation = new QComboBox(page);
        m_organisation->setObjectName(QStringLiteral("contactOrganisation"));
        fillOrganisationCombo(m_db, m_organisation, tr("(none)"));
        form->addRow(tr("&Organisation:"), m_organisation);
    }
    form->addRow(tr("&Pillar:"), m_pillar);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Mobile:"), m_mobile);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("Legal &basis (RGPD):"), m_legalBasis);
    form->addRow(tr("Last confi&rmed on:"), m_confirmed);
    form->addRow(tr("C&harter signed on:"), m_charter);
    form->addRow(QString(), m_active);
    form->addRow(tr("N&otes:"), m_notes);
    return page;
}

QWidget* ContactEditorDialog::buildHistory()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_affiliations = makeRelationTable({tr("Organisation"), tr("Function"), tr("From"), tr("Until")},
                                       QStringLiteral("contactAffiliations"), page);
    layout->addWidget(m_affiliations, 1);
    auto* note = new QLabel(tr("Past meetings stay counted under the organisation of the time."), page);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_change = new QPushButton(tr("C&hanged organisation…"), page);
    m_change->setObjectName(QStringLiteral("changeOrganisationButton"));
    m_change->setEnabled(m_value.id > 0);
    m_change->setToolTip(m_value.id > 0 ? tr("Closes the current affiliation and opens a new one")
                                        : tr("Save the contact first"));
    connect(m_change, &QPushButton::clicked, this, &ContactEditorDialog::askChangeOrganisation);
    layout->addWidget(m_change, 0, Qt::AlignLeft);
    return page;
}

void ContactEditorDialog::fillRelations()
{
    if (m_value.id <= 0)
        return;
    const PartnerListQueries queries(m_db);
    if (auto rows = queries.affiliationsOf(m_value.id, QDate::currentDate()); rows.ok())
        fillAffiliations(m_affiliations, rows.value(), true);
    if (auto rows = queries.instancesOfContact(m_value.id, QDate::currentDate()); rows.ok())
        fillMemberships(m_instances, rows.value());
}

bool ContactEditorDialog::changeOrganisation(qint64 organisationId, const QDate& day, const QString& jobTitle)
{
    if (!m_changeHandler || organisationId <= 0 || !day.isValid())
        return false;
    const bool saved = m_changeHandler(organisationId, day, jobTitle);
    if (saved) {
        m_jobTitle->setText(jobTitle.isEmpty() ? m_jobTitle->text() : jobTitle);
        fillRelations();
    }
    return saved;
}

void ContactEditorDialog::askChangeOrganisation()
{
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("changeOrganisationDialog"));
    ask.setWindowTitle(tr("Changed organisation"));
    auto* form = new QFormLayout(&ask);
    auto* organisation = new QComboBox(&ask);
    organisation->setObjectName(QStringLiteral("newOrganisation"));
    fillOrganisationCombo(m_db, organisation, {});
    auto* day = new QDateEdit(QDate::currentDate(), &ask);
    day->setObjectName(QStringLiteral("newOrganisationFrom"));
    day->setCalendarPopup(true);
    auto* job = new QLineEdit(m_jobTitle->text(), &ask);
    job->setObjectName(QStringLiteral("newOrganisationJob"));
    form->addRow(new QLabel(tr("The current affiliation ends the day before; attendance so far stays with the "
                               "former organisation."),
                            &ask));
    form->addRow(tr("&New organisation:"), organisation);
    form->addRow(tr("&From:"), day);
    form->addRow(tr("F&unction:"), job);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    if (ask.exec() == QDialog::Accepted)
        changeOrganisation(organisation->currentData().toLongLong(), day->date(), job->text().trimmed());
}

Contact ContactEditorDialog::value() const
{
    if (m_value.isErased())
        return m_value;
    Contact value = m_value;
    value.civility = m_civility->currentText().trimmed();
    value.firstName = m_firstName->text().trimmed();
    value.lastName = m_lastName->text().trimmed();
    value.jobTitle = m_jobTitle->text().trimmed();
    value.pillar = fromCode(m_pillar->currentData().toString(), Pillar::Professional);
    value.email = m_email->text().trimmed();
    value.phone = m_phone->text().trimmed();
    value.mobile = m_mobile->text().trimmed();
    value.address = m_address->toPlainText().trimmed();
    value.legalBasis = fromCode(m_legalBasis->currentData().toString(), LegalBasis::LegitimateInterest);
    value.consentConfirmedOn = dateOf(m_confirmed);
    value.charterSignedOn = dateOf(m_charter);
    value.active = m_active->isChecked();
    value.notes = m_notes->toPlainText();
    return value;
}

qint64 ContactEditorDialog::organisationId() const
{
    return m_organisation ? m_organisation->currentData().toLongLong() : 0;
}

void ContactEditorDialog::accept()
{
    if (m_value.isErased()) {
        QDialog::reject(); // nothing to save
        return;
    }
    const QStringList found = problems();
    showProblems(m_problems, found);
    if (found.isEmpty())
        QDialog::accept();
}

} // namespace maillage::ui
