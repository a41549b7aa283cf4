// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/exchange/ContactImportPlan.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace maillage {
class Database;
}

namespace maillage::ui {

class ImportPlanView;

/// What the CSV and vCard import dialogs share: the file line, the match key, the error line, the plan record by
/// record, the Import / Cancel buttons, and writing the chosen records as one undo batch.
class ContactImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// The undo batch of the import once done, 0 before.
    qint64 batchId() const { return m_batchId; }
    /// The error that stopped reading the file (nothing can be imported), empty when read.
    QString fileError() const { return m_fileError; }
    ImportPlanView* planView() const { return m_plan; }
    QComboBox* matchCombo() const { return m_match; }
    void setMatchKey(contacts::MatchKey key);
    /// Writes the plan (the import button); false when refused.
    bool import();

protected:
    /// prefix names the widgets ("csv" → csvFile, csvMatchKey, csvError, csvImportButtons).
    ContactImportDialog(Database& db, const QString& path, const QString& prefix, QWidget* parent);

    /// Adds the match row after the subclass's own options, then body (stretching) and the buttons.
    void finishLayout(QWidget* body);
    QFormLayout* options() const { return m_options; }
    contacts::MatchKey matchKey() const;
    const QString& path() const { return m_path; }
    Database& database() const { return m_db; }
    /// Shows fileError (when set) above the plan.
    void showFileError();
    /// Plans batch against the database and shows it, or the error that prevents it.
    void showPlan(const contacts::ContactBatch& batch);

    QString m_fileError;

private:
    /// "Import 3 cards": the text of the Import button for count records.
    virtual QString importButtonText(int count) const = 0;
    /// The kind of the undo batch (contacts::csvImportKind() …).
    virtual QString importKind() const = 0;
    /// Called after a successful import (the CSV dialog saves its mapping).
    virtual void imported() {}
    /// Called when the match key changes: the subclass plans again.
    virtual void replan() = 0;

    Database& m_db;
    QString m_path;
    qint64 m_batchId = 0;
    QVBoxLayout* m_layout = nullptr;
    QFormLayout* m_options = nullptr;
    QLabel* m_error = nullptr;
    QComboBox* m_match = nullptr;
    ImportPlanView* m_plan = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace maillage::ui
