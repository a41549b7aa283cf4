// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/DocumentOptions.h"
#include "core/util/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// Chooses a meeting document and its options, then saves it as PDF or ODT or prints it with a preview.
class DocumentExportDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentExportDialog(Database& db, qint64 meetingId, QWidget* parent = nullptr);

    DocumentKind kind() const;
    DocumentOptions options() const;
    /// "Prepare the e-mail": writes the PDF, the .ics and an unsent .eml beside them in the drafts
    /// folder, then opens the .eml in the mail client (unless openDrafts is off, as in tests).
    Result<QString> prepareEmail();
    void setOpenDrafts(bool open) { m_openDrafts = open; }
    /// Where the e-mail drafts and their attachments are written.
    static QString draftsFolder();

private:
    void save(const QString& extension);
    void print();
    void showError(const QString& message);

    Database& m_db;
    qint64 m_meetingId = 0;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_participants = nullptr;
    QCheckBox* m_confidential = nullptr;
    QCheckBox* m_followUps = nullptr;
    QLineEdit* m_footer = nullptr;
    QSpinBox* m_guestRows = nullptr;
    QLabel* m_status = nullptr;
    class QPushButton* m_email = nullptr;
    bool m_openDrafts = true;
};

} // namespace maillage::ui
