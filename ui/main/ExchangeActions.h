// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// The File ▸ Import and File ▸ Export menus: contacts (vCard, CSV), meetings (iCalendar) and the
/// complete archive. Every import shows what it will do before writing, and writes all or nothing.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    /// database() gives the open database (or null); changed() is called after an import.
    ExchangeActions(QWidget* window, std::function<Database*()> database, std::function<void()> changed);

    QMenu* importMenu() const { return m_importMenu; }
    QMenu* exportMenu() const { return m_exportMenu; }
    /// Enables the menus only while a database is open.
    void setEnabled(bool enabled);

    /// Opens the import dialog of a vCard or CSV file (preview, then one undo batch); false when cancelled.
    bool importContacts(const QString& path);
    /// Opens the calendar import dialog on an .ics file, its preview filled; false when cancelled.
    bool importCalendarFile(const QString& path);
    /// A Maillage archive (ExchangeArchive.cpp): checks it, shows what it holds, then writes it into a new
    /// database file (target, or asked for when empty) and opens that. False when refused or cancelled.
    bool importArchive(const QString& path, const QString& target = {});
    /// How the window opens a database file (used once an archive has been imported).
    void setOpenDatabase(std::function<bool(const QString&)> open) { m_openDatabase = std::move(open); }
    /// Undoes the latest contacts import (after asking when ask); false when none or refused.
    bool undoLastContactImport(bool ask);

private:
    void importCalendar();
    void exportContacts(bool csv);
    void exportCalendar();
    void exportArchive();
    QString saveFileName(const QString& title, const QString& suggested, const QString& filter);
    void report(const QString& what, const QString& path, bool ok, const QString& error);

    QWidget* m_window;
    std::function<Database*()> m_database;
    std::function<void()> m_changed;
    std::function<bool(const QString&)> m_openDatabase;
    QMenu* m_importMenu;
    QMenu* m_exportMenu;
};

} // namespace maillage::ui
