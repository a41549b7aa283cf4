// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Contact.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// Edits a contact: civility, names, function, pillar, e-mail and phones, address, RGPD legal basis and date last
/// confirmed, charter signed, active, notes. Shows the affiliation history (with "Changed organisation…") and the
/// instances the person sits in. An erased person opens read-only. Does not write the contact: the caller saves
/// value() through the undo stack.
class ContactEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// Moves the contact (organisation, first day, function); true when saved.
    using ChangeOrganisation = std::function<bool(qint64 organisationId, const QDate& day, const QString& jobTitle)>;

    ContactEditorDialog(Database& db, const Contact& value, QWidget* parent = nullptr);

    Contact value() const;
    /// New contacts only: the organisation chosen for the first affiliation (0: none).
    qint64 organisationId() const;
    QStringList problems() const { return value().validate(); }
    QLabel* problemLabel() const { return m_problems; }
    QTableWidget* affiliationTable() const { return m_affiliations; }
    QTableWidget* instancesTable() const { return m_instances; }
    QPushButton* changeOrganisationButton() const { return m_change; }
    bool isReadOnly() const { return m_value.isErased(); }

    void setChangeOrganisationHandler(ChangeOrganisation handler) { m_changeHandler = std::move(handler); }
    /// Runs the change-of-organisation flow without its dialog (tests and the dialog's OK).
    bool changeOrganisation(qint64 organisationId, const QDate& day, const QString& jobTitle);
    /// Reads the affiliations and memberships again.
    void fillRelations();

    void accept() override;

private:
    QWidget* buildForm();
    QWidget* buildHistory();
    void askChangeOrganisation();

    Database& m_db;
    Contact m_value;
    ChangeOrganisation m_changeHandler;
    QComboBox* m_civility = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_jobTitle = nullptr;
    QComboBox* m_pillar = nullptr;
    QComboBox* m_organisation = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_mobile = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QComboBox* m_legalBasis = nullptr;
    QDateEdit* m_confirmed = nullptr;
    QDateEdit* m_charter = nullptr;
    QCheckBox* m_active = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_problems = nullptr;
    QTableWidget* m_affiliations = nullptr;
    QTableWidget* m_instances = nullptr;
    QPushButton* m_change = nullptr;
};

/// Fills combo with the organisations of db by name (data: id), after an optional "none" entry.
void fillOrganisationCombo(Database& db, QComboBox* combo, const QString& noneText);

} // namespace maillage::ui
