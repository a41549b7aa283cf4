// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// One area of the main window (dashboard, meetings…): shows the open database, read-only for now.
class Section : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The database to show, or none. It outlives the section's use of it. A section that is costly to
    /// fill (the network map, the report preview) and not shown reads it only when first shown.
    void setDatabase(Database* db, bool shown = true)
    {
        m_db = db;
        m_stale = db && !shown && isCostly();
        if (!m_stale)
            refresh();
    }
    /// Called when the section comes into view: reads the database if that was put off.
    void refreshIfStale()
    {
        if (m_stale) {
            m_stale = false;
            refresh();
        }
    }
    /// The database changed elsewhere (another user): read it again when next shown.
    void markStale() { m_stale = m_db != nullptr; }
    Database* database() const { return m_db; }
    /// Reads everything again from the database.
    virtual void refresh() = 0;
    /// The box Ctrl+F goes to, if the section has one.
    virtual QLineEdit* searchBox() const { return nullptr; }

protected:
    /// Whether filling the section takes long enough to put it off until it is shown.
    virtual bool isCostly() const { return false; }
    /// A bold title for the top of a section.
    static QLabel* makeTitle(const QString& text, QWidget* parent);
    /// A smaller bold heading for a block inside a section.
    static QLabel* makeHeading(const QString& text, QWidget* parent);

private:
    Database* m_db = nullptr;
    bool m_stale = false;
};

} // namespace maillage::ui
