// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/exchange/CsvFormat.h"
#include "ui/exchange/ContactImportDialog.h"

#include <QHash>

class QTableWidget;

namespace maillage::ui {

/// Imports contacts from a CSV file: encoding and separator (detected, changeable), one field per column (guessed
/// from French or English headers, or the mapping saved last time for the same columns), a preview of the first
/// rows, the match key, then the plan record by record. Import writes everything or nothing as one undo batch.
class CsvImportDialog : public ContactImportDialog
{
    Q_OBJECT

public:
    CsvImportDialog(Database& db, const QString& path, QWidget* parent = nullptr);

    QHash<int, QString> mapping() const;
    /// Maps column to field ("" for none) as if chosen in its combo.
    void setColumnField(int column, const QString& field);
    void setEncoding(bool utf8);
    void setSeparator(QChar separator);
    QTableWidget* previewTable() const { return m_preview; }
    QComboBox* encodingCombo() const { return m_encoding; }
    QComboBox* separatorCombo() const { return m_separator; }

    /// The QSettings key under which the mapping of files with these columns is kept.
    static QString mappingKey(const QStringList& header);

private:
    void readFile();
    void fillPreview();
    QString importButtonText(int count) const override;
    QString importKind() const override;
    void imported() override;
    void replan() override;

    QByteArray m_bytes;
    contacts::CsvTable m_table;
    bool m_userChoice = false; ///< false while reading with detection
    QHash<int, QString> m_mapping;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_separator = nullptr;
    QTableWidget* m_preview = nullptr;
};

/// The label of a contact field name of the CSV mapping ("lastName" → "Last name").
QString csvFieldLabel(const QString& field);

} // namespace maillage::ui
