// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>
#include <QDialog>

#include <vector>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace maillage {
struct NamedRef;
}

namespace maillage::ui {

/// The small question asked before a meeting action: which instance (new meeting), which date
/// (duplicate, postpone) or why (cancel). OK stays disabled until the answer is usable.
class MeetingActionDialog : public QDialog
{
    Q_OBJECT

public:
    /// "New meeting": choose among instances.
    static MeetingActionDialog* forNewMeeting(const std::vector<NamedRef>& instances, QWidget* parent);
    /// "Duplicate" and "Postpone": choose the date and time, starting from suggested.
    static MeetingActionDialog* forDate(const QString& title, const QString& explanation, const QDateTime& suggested,
                                        QWidget* parent);
    /// A question that only needs a yes: explains, and OK says what happens.
    static MeetingActionDialog* forConfirmation(const QString& title, const QString& explanation,
                                                const QString& okText, QWidget* parent);
    /// "Cancel": say why.
    static MeetingActionDialog* forCancel(const QString& meetingName, QWidget* parent);

    qint64 instanceId() const;
    void setInstanceId(qint64 id);
    QDateTime dateTime() const;
    QString reason() const;

private:
    explicit MeetingActionDialog(const QString& title, const QString& explanation, QWidget* parent);
    void updateOk();

    QLabel* m_explanation = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_instance = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace maillage::ui
