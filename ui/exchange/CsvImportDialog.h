// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/exchange/ContactImportPlan.h"
#include "core/exchange/CsvFormat.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace maillage {
class Database;
}

namespace maillage::ui {

class ImportPlanView;

/// Imports contacts from a CSV file: encoding and separator (detected, changeable), one field per column (guessed
/// from French or English headers, or the mapping saved last time for the same columns), a preview of the first
/// rows, the match key, then the plan record by record. Import writes everything or nothing as one undo batch.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(Database& db, const QString& path, QWidget* parent = nullptr);

    /// The undo batch of the import once done, 0 before.
    qint64 batchId() const { return m_batchId; }
    /// The error that stopped reading the file (nothing can be imported), empty when read.
    QString fileError() const { return m_fileError; }
    QHash<int, QString> mapping() const;
    /// Maps column to field ("" for none) as if chosen in its combo.
    void setColumnField(int column, const QString& field);
    void setEncoding(bool utf8);
    void setSeparator(QChar separator);
    void setMatchKey(contacts::MatchKey key);
    ImportPlanView* planView() const { return m_plan; }
    QTableWidget* previewTable() const { return m_preview; }
    QComboBox* encodingCombo() const { return m_encoding; }
    QComboBox* separatorCombo() const { return m_separator; }
    QComboBox* matchCombo() const { return m_match; }
    /// Writes the plan (the import button); false when refused.
    bool import();

    /// The QSettings key under which the mapping of files with these columns is kept.
    static QString mappingKey(const QStringList& header);

private:
    void readFile();
    void fillPreview();
    void replan();
    void saveMapping() const;

    Database& m_db;
    QString m_path;
    QByteArray m_bytes;
    contacts::CsvTable m_table;
    QString m_fileError;
    qint64 m_batchId = 0;
    bool m_userChoice = false; ///< false while reading with detection
    QHash<int, QString> m_mapping;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_error = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_separator = nullptr;
    QComboBox* m_match = nullptr;
    QTableWidget* m_preview = nullptr;
    ImportPlanView* m_plan = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

/// The label of a contact field name of the CSV mapping ("lastName" → "Last name").
QString csvFieldLabel(const QString& field);

} // namespace maillage::ui
