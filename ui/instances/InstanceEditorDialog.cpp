// SPDX-License-Identifier: EUPL-1.2
#include "ui/instances/InstanceEditorDialog.h"

#include "ui_InstanceEditorDialog.h"

#include "core/storage/ContactRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "ui/instances/RecurrenceEditor.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoCommand>
#include <QUndoStack>

namespace maillage::ui {

namespace {

enum Column { WhoColumn, RoleColumn, MembershipColumn, SeatColumn, FromColumn, ToColumn, ColumnCount };

/// A change of the member list, kept whole: lists are short and undo stays trivially right.
class MembersCommand : public QUndoCommand
{
public:
    MembersCommand(InstanceEditorDialog* dialog, std::vector<InstanceMember> before,
                   std::vector<InstanceMember> after, const QString& text)
        : QUndoCommand(text), m_dialog(dialog), m_before(std::move(before)), m_after(std::move(after))
    {}
    void undo() override { m_dialog->setMembers(m_before); }
    void redo() override { m_dialog->setMembers(m_after); }

private:
    InstanceEditorDialog* m_dialog;
    std::vector<InstanceMember> m_before;
    std::vector<InstanceMember> m_after;
};

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

InstanceEditorDialog::InstanceEditorDialog(Database& db, const Instance& instance, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InstanceEditorDialog>()), m_db(db), m_instance(instance)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("instanceEditor"));
    setWindowTitle(instance.isNew() ? tr("New instance") : tr("Instance: %1").arg(instance.name));
    m_recurrence = new RecurrenceEditor(m_ui->cadenceBox);
    m_ui->cadenceLayout->addWidget(m_recurrence);
    m_ui->cadenceBox->setCheckable(true);
    m_ui->cadenceBox->setToolTip(tr("Untick when the instance meets when needed, without a regular cadence."));

    m_undo = new QUndoStack(this);
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoMembersAction"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redoMembersAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(undo);
    addAction(redo);
    m_ui->undoButton->setDefaultAction(undo);
    m_ui->redoButton->setDefaultAction(redo);

    auto* table = m_ui->membersTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Person or organisation"), tr("Role"), tr("Membership"), tr("Seat"),
                                      tr("From"), tr("Until")});
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(WhoColumn, QHeaderView::Stretch);

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveInstanceButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &InstanceEditorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, [this] {
        MemberDialog dialog(m_parties, this);
        if (dialog.exec() == QDialog::Accepted)
            addMember(dialog.member());
    });
    connect(m_ui->editMemberButton, &QPushButton::clicked, this, &InstanceEditorDialog::editCurrentMember);
    connect(table, &QTableWidget::cellDoubleClicked, this, &InstanceEditorDialog::editCurrentMember);
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this,
            [this] { removeMember(m_ui->membersTable->currentRow()); });

    loadChoices();
    fillFields();
    setMembers(instance.members);
}

InstanceEditorDialog::~InstanceEditorDialog() = default;

void InstanceEditorDialog::loadChoices()
{
    for (InstanceKind kind : allValues<InstanceKind>())
        m_ui->kindCombo->addItem(labelOf(kind), int(kind));
    m_ui->referentCombo->addItem(tr("(none)"), qint64(0));
    ContactFilter active;
    active.active = true;
    if (auto contacts = ContactRepository(m_db).list(active); contacts.ok()) {
        for (const Contact& contact : contacts.value()) {
            m_ui->referentCombo->addItem(contact.displayName(), contact.id);
            m_parties.push_back({contact.displayName(), contact.id, 0});
        }
    }
    OrganisationFilter organisations;
    organisations.active = true;
    if (auto list = OrganisationRepository(m_db).list(organisations); list.ok())
        for (const Organisation& organisation : list.value())
            m_parties.push_back({organisation.name, 0, organisation.id});
}

void InstanceEditorDialog::fillFields()
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(m_instance.kind)));
    m_ui->nameEdit->setText(m_instance.name);
    m_ui->themeEdit->setText(m_instance.theme);
    const int referent = m_ui->referentCombo->findData(m_instance.referentContactId);
    m_ui->referentCombo->setCurrentIndex(std::max(0, referent));
    m_ui->placeEdit->setText(m_instance.usualPlace);
    m_ui->quorumSpin->setValue(m_instance.quorum);
    m_ui->activeCheck->setChecked(m_instance.active);
    m_ui->cadenceBox->setChecked(!m_instance.cadence.trimmed().isEmpty() || m_instance.isNew());
    m_recurrence->setRuleText(m_instance.cadence);
}

QString InstanceEditorDialog::partyName(const InstanceMember& member) const
{
    for (const Party& party : m_parties)
        if ((member.contactId && party.contactId == member.contactId)
            || (member.organisationId && party.organisationId == member.organisationId))
            return party.label;
    return tr("(archived partner)");
}

void InstanceEditorDialog::setMembers(const std::vector<InstanceMember>& members)
{
    m_members = members;
    showMembers();
}

void InstanceEditorDialog::showMembers()
{
    auto* table = m_ui->membersTable;
    const int current = table->currentRow();
    table->setRowCount(int(m_members.size()));
    QStringList chairs;
    for (int row = 0; row < int(m_members.size()); ++row) {
        const InstanceMember& member = m_members[std::size_t(row)];
        const QString texts[ColumnCount] = {partyName(member),          labelOf(member.role),
                                            labelOf(member.membership), labelOf(member.seat),
                                            shortDate(member.validFrom), shortDate(member.validTo)};
        for (int column = 0; column < ColumnCount; ++column)
            table->setItem(row, column, new QTableWidgetItem(texts[column]));
        if (member.role == MemberRole::Chair && member.isCurrentOn(QDate::currentDate()))
            chairs << texts[WhoColumn];
    }
    if (current >= 0 && current < table->rowCount())
        table->selectRow(current);
    m_ui->chairsLabel->setText(chairs.isEmpty() ? tr("None yet: give a member the Chair role.")
                                                : chairs.join(QStringLiteral(", ")));
    m_ui->tabs->setTabText(1, tr("Members (%1)").arg(m_members.size()));
}

void InstanceEditorDialog::pushMembers(const std::vector<InstanceMember>& after, const QString& text)
{
    m_undo->push(new MembersCommand(this, m_members, after, text));
}

void InstanceEditorDialog::addMember(const InstanceMember& member)
{
    std::vector<InstanceMember> after = m_members;
    after.push_back(member);
    after.back().id = 0;
    pushMembers(after, tr("Add %1").arg(partyName(member)));
}

void InstanceEditorDialog::replaceMember(int row, const InstanceMember& member)
{
    if (row < 0 || row >= int(m_members.size()))
        return;
    std::vector<InstanceMember> after = m_members;
    after[std::size_t(row)] = member;
    pushMembers(after, tr("Edit %1").arg(partyName(member)));
}

void InstanceEditorDialog::removeMember(int row)
{
    if (row < 0 || row >= int(m_members.size()))
        return;
    std::vector<InstanceMember> after = m_members;
    const QString name = partyName(after[std::size_t(row)]);
    after.erase(after.begin() + row);
    pushMembers(after, tr("Remove %1").arg(name));
}

void InstanceEditorDialog::editCurrentMember()
{
    const int row = m_ui->membersTable->currentRow();
    if (row < 0 || row >= int(m_members.size()))
        return;
    MemberDialog dialog(m_parties, this);
    dialog.setMember(m_members[std::size_t(row)]);
    if (dialog.exec() == QDialog::Accepted)
        replaceMember(row, dialog.member());
}

void InstanceEditorDialog::showError(const QString& message, const QString& detail)
{
    // Not exec(): the dialog stays open with what was typed, and tests can read the box.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("The instance was not saved"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("instanceSaveError"));
    box->setDetailedText(detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void InstanceEditorDialog::accept()
{
    Instance edited = m_instance;
    edited.kind = InstanceKind(m_ui->kindCombo->currentData().toInt());
    edited.name = m_ui->nameEdit->text().simplified();
    edited.theme = m_ui->themeEdit->text().trimmed();
    edited.referentContactId = m_ui->referentCombo->currentData().toLongLong();
    edited.usualPlace = m_ui->placeEdit->text().trimmed();
    edited.quorum = m_ui->quorumSpin->value();
    edited.active = m_ui->activeCheck->isChecked();
    edited.cadence = m_ui->cadenceBox->isChecked() ? m_recurrence->ruleText() : QString();
    edited.members = m_members;
    InstanceRepository repository(m_db);
    const Status status = edited.isNew() ? repository.create(edited) : repository.update(edited);
    if (!status.ok()) {
        QString message = status.error().message;
        if (status.error().kind == Error::Kind::Conflict)
            message += u'\n' + tr("Close this window and open the instance again to see the other changes.");
        showError(message, status.error().detail);
        return;
    }
    m_instance = edited;
    m_undo->clear(); // saved: earlier states are no longer in this dialog's hands
    QDialog::accept();
}

} // namespace maillage::ui
