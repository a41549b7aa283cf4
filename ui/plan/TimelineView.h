// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/plan/TimelineChart.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// The Gantt chart of one action plan, scrollable, printable (print preview) and exportable to PDF.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);

    /// The database to show (plans of its first council); none clears the view.
    void setDatabase(Database* db);
    /// Shows that plan (0: the most recent).
    void showPlan(qint64 planId);
    qint64 planId() const;
    const TimelineChart& chart() const { return m_chart; }
    QWidget* canvas() const { return m_canvas; }

    void print();
    /// Asks for a file name, then writes the PDF.
    void exportPdf();
    /// Writes the timeline to path as PDF (through QSaveFile); false after showing why.
    bool exportPdfTo(const QString& path);

private:
    void load();
    QString title() const;

    Database* m_db = nullptr;
    TimelineChart m_chart;
    QString m_planTitle;
    QComboBox* m_plan = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_canvas = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace maillage::ui
