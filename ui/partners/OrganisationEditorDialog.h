// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Organisation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// Edits an organisation: identity, SIRET/FINESS, sector, address, active, notes; shows its people (current and
/// past) and the instances it sits in. Does not write: the caller saves value() (through the undo stack).
class OrganisationEditorDialog : public QDialog
{
    Q_OBJECT

public:
    OrganisationEditorDialog(Database& db, const Organisation& value, QWidget* parent = nullptr);

    /// The organisation with the fields as typed.
    Organisation value() const;
    /// The problems shown under the form, empty when the organisation can be saved.
    QStringList problems() const { return value().validate(); }
    QLabel* problemLabel() const { return m_problems; }
    QTableWidget* peopleTable() const { return m_people; }
    QTableWidget* instancesTable() const { return m_instances; }

    void accept() override;

private:
    QWidget* buildForm();
    void fillRelations();

    Database& m_db;
    Organisation m_value;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_acronym = nullptr;
    QComboBox* m_sector = nullptr;
    QLineEdit* m_type = nullptr;
    QLineEdit* m_siret = nullptr;
    QLineEdit* m_finess = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_commune = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_website = nullptr;
    QCheckBox* m_active = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_problems = nullptr;
    QTableWidget* m_people = nullptr;
    QTableWidget* m_instances = nullptr;
};

} // namespace maillage::ui
