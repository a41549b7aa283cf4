// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace maillage {

class EditorLookups;
class MeetingEditState;

/// When, where and who: title, start and end, place, video link, status, convocation, secretary.
class MeetingHeaderWidget : public QWidget
{
    Q_OBJECT

public:
    MeetingHeaderWidget(MeetingEditState* state, EditorLookups* lookups, QWidget* parent = nullptr);

private:
    void refresh(QObject* source);
    void updateWarning();

    MeetingEditState* m_state;
    EditorLookups* m_lookups;
    QLabel* m_instance;
    QLineEdit* m_title;
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
    QLineEdit* m_place;
    QLineEdit* m_videoLink;
    QComboBox* m_status;
    QCheckBox* m_convocationSent;
    QDateEdit* m_convocationOn;
    QLabel* m_convocationWarning;
    QComboBox* m_secretary;
};

} // namespace maillage
