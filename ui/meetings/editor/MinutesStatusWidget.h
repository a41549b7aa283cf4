// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace maillage {

class EditorLookups;
class MeetingEditState;

/// The minutes' kind and life (draft → validated on → distributed on) and who receives them.
class MinutesStatusWidget : public QWidget
{
    Q_OBJECT

public:
    MinutesStatusWidget(MeetingEditState* state, EditorLookups* lookups, QWidget* parent = nullptr);

signals:
    /// Validation saves and freezes the minutes: the dialog does it.
    void validateRequested(const QDate& on);

private:
    void refresh();
    void markDistributed();

    MeetingEditState* m_state;
    EditorLookups* m_lookups;
    QComboBox* m_kind;
    QLabel* m_status;
    QDateEdit* m_day;
    QPushButton* m_validate;
    QPushButton* m_distribute;
    QListWidget* m_recipients;
    QComboBox* m_newRecipient;
};

} // namespace maillage
