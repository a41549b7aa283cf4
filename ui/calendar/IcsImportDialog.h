// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/exchange/ICalImport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace maillage {

class Database;

/// Imports the events of an .ics file as meetings: choose the file, read the preview (dates, titles,
/// places and warnings), choose the instance, import — in one transaction, nothing written before.
class IcsImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IcsImportDialog(Database& db, QWidget* parent = nullptr);

    /// Reads a file into the preview; false (and the reason shown) when it is refused.
    bool loadFile(const QString& path);
    /// Writes the previewed meetings into the chosen instance; false when nothing was written.
    bool importNow();
    int importedCount() const { return m_imported; }

private:
    void chooseFile();
    void loadInstances();
    void showPreview();
    void updateButtons();

    Database& m_db;
    std::optional<ical::ImportPreview> m_preview;
    int m_imported = 0;
    QLineEdit* m_path = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_instance = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace maillage
