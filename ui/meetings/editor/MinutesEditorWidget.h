// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QAction;
class QListWidget;
class QTextEdit;

namespace maillage {

class MeetingEditState;

/// The minutes written item by item in rich text (bold, italic, lists), with each item's decisions.
class MinutesEditorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MinutesEditorWidget(MeetingEditState* state, QWidget* parent = nullptr);

    QListWidget* items() const { return m_items; }
    QTextEdit* textEdit() const { return m_text; }
    QListWidget* decisions() const { return m_decisions; }
    QAction* boldAction() const { return m_bold; }
    /// Adds a decision to the current item and opens it for typing.
    void addDecision(const QString& text = {});

private:
    void refresh(QObject* source);
    void showItem(int row);
    void fillDecisions();
    void storeText();
    void toggleList(bool numbered);
    void removeDecision();
    qint64 currentItemId() const;

    MeetingEditState* m_state;
    QListWidget* m_items;
    QTextEdit* m_text;
    QListWidget* m_decisions;
    QAction* m_bold;
    QAction* m_italic;
    int m_shownRow = -1;
};

} // namespace maillage
