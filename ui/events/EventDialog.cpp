// SPDX-License-Identifier: EUPL-1.2
#include "ui/events/EventDialog.h"

#include "core/storage/ActionPlanRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "ui/events/DialogChecks.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace maillage::ui {

EventDialog::EventDialog(Database& db, const Event& event, QWidget* parent) : QDialog(parent), m_event(event)
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(event.id > 0 ? tr("Event") : tr("New event"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("eventKind"));
    for (EventKind kind : {EventKind::Sism, EventKind::PssmTraining, EventKind::FilmDebate, EventKind::Awareness,
                           EventKind::Conference, EventKind::Other})
        m_kind->addItem(labelOf(kind), codeOf(kind));
    m_kind->setCurrentIndex(m_kind->findData(codeOf(event.kind)));
    form->addRow(tr("&Kind:"), m_kind);
    m_title = new QLineEdit(event.title, this);
    m_title->setObjectName(QStringLiteral("eventTitle"));
    form->addRow(tr("&Title:"), m_title);

    m_start = makeDateEdit(QStringLiteral("eventStart"), event.startsOn, this);
    m_end = makeDateEdit(QStringLiteral("eventEnd"), event.endsOn.isValid() ? event.endsOn : m_start->date(), this);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_end);
    dates->addStretch(1);
    form->addRow(tr("&Dates:"), dates);
    m_place = new QLineEdit(event.place, this);
    m_place->setObjectName(QStringLiteral("eventPlace"));
    form->addRow(tr("&Place:"), m_place);
    m_audience = new QLineEdit(event.audience, this);
    m_audience->setObjectName(QStringLiteral("eventAudience"));
    m_audience->setPlaceholderText(tr("General public, professionals, pupils…"));
    form->addRow(tr("&Audience:"), m_audience);
    m_participants = new QSpinBox(this);
    m_participants->setObjectName(QStringLiteral("eventParticipants"));
    m_participants->setRange(0, 100000);
    m_participants->setValue(event.participantCount);
    form->addRow(tr("Partici&pants:"), m_participants);

    m_sism = new QGroupBox(tr("Mental health information weeks"), this);
    auto* sismForm = new QFormLayout(m_sism);
    m_theme = new QLineEdit(event.theme, m_sism);
    m_theme->setObjectName(QStringLiteral("eventTheme"));
    sismForm->addRow(tr("National t&heme:"), m_theme);
    layout->addWidget(m_sism);

    m_pssm = new QGroupBox(tr("Mental health first aid training"), this);
    auto* pssmForm = new QFormLayout(m_pssm);
    m_module = new QComboBox(m_pssm);
    m_module->setObjectName(QStringLiteral("eventModule"));
    m_module->setEditable(true);
    m_module->addItems({tr("Standard"), tr("Young people"), tr("Teenagers"), tr("Refresher")});
    m_module->setCurrentText(event.trainingModule);
    pssmForm->addRow(tr("&Module:"), m_module);
    m_trainers = new QLineEdit(event.trainers, m_pssm);
    m_trainers->setObjectName(QStringLiteral("eventTrainers"));
    pssmForm->addRow(tr("T&rainers:"), m_trainers);
    m_trained = new QSpinBox(m_pssm);
    m_trained->setObjectName(QStringLiteral("eventTrained"));
    m_trained->setRange(0, 10000);
    m_trained->setValue(event.peopleTrained);
    pssmForm->addRow(tr("People tra&ined:"), m_trained);
    layout->addWidget(m_pssm);

    auto* links = new QFormLayout;
    layout->addLayout(links);
    m_partners = new QListWidget(this);
    m_partners->setObjectName(QStringLiteral("eventPartners"));
    m_partners->setMaximumHeight(120);
    OrganisationFilter organisations;
    organisations.councilId = event.councilId;
    if (auto list = OrganisationRepository(db).list(organisations); list.ok())
        for (const Organisation& organisation : list.value()) {
            auto* item = new QListWidgetItem(organisation.name, m_partners);
            item->setData(Qt::UserRole, organisation.id);
            const bool chosen = std::find(event.partnerOrganisationIds.begin(), event.partnerOrganisationIds.end(),
                                          organisation.id) != event.partnerOrganisationIds.end();
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        }
    links->addRow(tr("Pa&rtners:"), m_partners);
    m_fiche = new QComboBox(this);
    m_fiche->setObjectName(QStringLiteral("eventFiche"));
    m_fiche->addItem(tr("(none)"), 0);
    ActionPlanRepository plans(db);
    if (auto list = plans.listPlans(event.councilId); list.ok())
        for (const ActionPlan& plan : list.value()) {
            ActionSheetFilter filter;
            filter.planId = plan.id;
            if (auto sheets = plans.listSheets(filter); sheets.ok())
                for (const ActionSheet& sheet : sheets.value())
                    m_fiche->addItem(QStringLiteral("%1 — %2 (%3)").arg(sheet.code, sheet.title, plan.title), sheet.id);
        }
    m_fiche->setCurrentIndex(std::max(0, m_fiche->findData(event.actionSheetId)));
    links->addRow(tr("Action &sheet:"), m_fiche);
    m_notes = new QPlainTextEdit(event.notes, this);
    m_notes->setObjectName(QStringLiteral("eventNotes"));
    m_notes->setMaximumHeight(70);
    links->addRow(tr("&Notes:"), m_notes);

    m_problems = makeProblemsLabel(QStringLiteral("eventProblems"), this);
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("eventButtons"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventDialog::kindChanged);
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate& start) {
        if (m_end->date() < start) // a one-day event follows its start
            m_end->setDate(start);
    });
    kindChanged();
}

void EventDialog::kindChanged()
{
    const EventKind kind = fromCode(m_kind->currentData().toString(), EventKind::Other);
    m_sism->setVisible(kind == EventKind::Sism);
    m_pssm->setVisible(kind == EventKind::PssmTraining);
    if (kind == EventKind::Sism && m_theme->text().isEmpty())
        m_theme->setText(Event::sismNationalTheme(m_start->date().year()));
}

Event EventDialog::event() const
{
    Event e = m_event;
    e.kind = fromCode(m_kind->currentData().toString(), EventKind::Other);
    e.title = m_title->text().trimmed();
    e.startsOn = m_start->date();
    e.endsOn = m_end->date();
    e.place = m_place->text().trimmed();
    e.audience = m_audience->text().trimmed();
    e.participantCount = m_participants->value();
    const bool sism = e.kind == EventKind::Sism;
    const bool pssm = e.kind == EventKind::PssmTraining;
    e.theme = sism ? m_theme->text().trimmed() : QString();
    e.trainingModule = pssm ? m_module->currentText().trimmed() : QString();
    e.trainers = pssm ? m_trainers->text().trimmed() : QString();
    e.peopleTrained = pssm ? m_trained->value() : 0;
    e.partnerOrganisationIds.clear();
    for (int row = 0; row < m_partners->count(); ++row)
        if (m_partners->item(row)->checkState() == Qt::Checked)
            e.partnerOrganisationIds.push_back(m_partners->item(row)->data(Qt::UserRole).toLongLong());
    e.actionSheetId = m_fiche->currentData().toLongLong();
    e.notes = m_notes->toPlainText().trimmed();
    return e;
}

void EventDialog::tryAccept()
{
    acceptUnlessProblems(*this, *m_problems, event().validate());
}

} // namespace maillage::ui
