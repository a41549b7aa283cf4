// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Instance.h"
#include "core/meetings/SeriesPlanner.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace maillage {
class Database;
}

namespace maillage::ui {

class RecurrenceEditor;

/// Plans the meetings of an instance from a cadence: shows every date first (moved ones
/// highlighted, skipped ones struck out), then creates them all at once.
class SeriesDialog : public QDialog
{
    Q_OBJECT

public:
    SeriesDialog(Database& db, const Instance& instance, QWidget* parent = nullptr);

    /// The plan as the fields say.
    SeriesPlan plan() const;
    QListWidget* preview() const { return m_preview; }
    RecurrenceEditor* recurrenceEditor() const { return m_recurrence; }
    /// The series created or re-planned (valid after accept()).
    const MeetingSeries& series() const { return m_series; }

    /// Turns the dialog into "Edit the series from this date": the fields show the series and the
    /// occurrence, and accept() re-plans the series from the chosen date (never before today) instead of
    /// creating one.
    void setReplan(const MeetingSeries& series, const Meeting& occurrence, const QDate& today = QDate::currentDate());
    bool isReplan() const { return m_replanSeries > 0; }
    /// What the re-planning changed (valid after accept() in that mode), for its undo.
    const ReplanRecord& replanRecord() const { return m_record; }
    /// The date the re-planning starts from.
    QDate replanFrom() const;

    void accept() override;

private:
    void refreshPreview();
    bool loadAlsaceMoselle() const;
    void saveAlsaceMoselle(bool on);

    Database& m_db;
    Instance m_instance;
    MeetingSeries m_series;
    RecurrenceEditor* m_recurrence = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_horizon = nullptr;
    QTimeEdit* m_time = nullptr;
    QSpinBox* m_duration = nullptr;
    QComboBox* m_policy = nullptr;
    QCheckBox* m_alsaceMoselle = nullptr;
    QListWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_previewTitle = nullptr;
    QLabel* m_replanNote = nullptr;
    QPushButton* m_create = nullptr;
    qint64 m_replanSeries = 0;
    QDate m_today;
    ReplanRecord m_record;
    QSet<QDate> m_taken; ///< days on which the instance already meets, from today on
};

} // namespace maillage::ui
