// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/calendar/RecurrenceRule.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace maillage::ui {

/// Edits a meeting cadence: frequency, interval, which day, months left out, and the end.
/// Produces the RRULE text stored in instance.cadence and meeting_series.rule.
class RecurrenceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RecurrenceEditor(QWidget* parent = nullptr);

    /// Shows a rule; an empty or unreadable text shows the default (2nd Tuesday of every month).
    void setRuleText(const QString& text);
    void setRule(const calendar::RecurrenceRule& rule);
    calendar::RecurrenceRule rule() const;
    QString ruleText() const { return rule().toString(); }

signals:
    void changed();

private:
    void updateVisibility();
    void emitChanged();

    QComboBox* m_frequency = nullptr;
    QSpinBox* m_interval = nullptr;
    QComboBox* m_dayMode = nullptr;
    QComboBox* m_ordinal = nullptr;
    QComboBox* m_weekday = nullptr;
    QSpinBox* m_monthDay = nullptr;
    QComboBox* m_yearMonth = nullptr;
    std::vector<QCheckBox*> m_months;
    QRadioButton* m_noEnd = nullptr;
    QRadioButton* m_untilEnd = nullptr;
    QRadioButton* m_countEnd = nullptr;
    QDateEdit* m_until = nullptr;
    QSpinBox* m_count = nullptr;
    QLabel* m_description = nullptr;
    bool m_loading = false;
};

} // namespace maillage::ui
