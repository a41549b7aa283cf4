// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// The meetings, follow-ups and events of a fiche, read-only; meetings can be linked and unlinked.
class SheetLinksPage : public QWidget
{
    Q_OBJECT

public:
    SheetLinksPage(Database& db, QWidget* parent = nullptr);

    void setSheet(qint64 sheetId);
    /// Links a meeting at once (the fiche must be saved already).
    bool linkMeeting(qint64 meetingId);
    QTreeWidget* tree() const { return m_tree; }

private:
    void reload();
    void chooseMeeting();
    void unlinkSelected();

    Database& m_db;
    qint64 m_sheetId = 0;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_link = nullptr;
    QPushButton* m_unlink = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace maillage::ui
