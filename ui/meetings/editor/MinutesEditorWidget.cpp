// SPDX-License-Identifier: EUPL-1.2
#include "ui/meetings/editor/MinutesEditorWidget.h"

#include "ui/meetings/editor/MeetingEditState.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

namespace maillage {

namespace {

/// Editing minutes that were validated makes them a draft again (the next validation is a new version).
void backToDraft(Meeting& m)
{
    if (m.minutesStatus == MinutesStatus::Draft)
        return;
    m.minutesStatus = MinutesStatus::Draft;
    m.minutesValidatedOn = {};
    m.minutesDistributedOn = {};
}

} // namespace

MinutesEditorWidget::MinutesEditorWidget(MeetingEditState* state, QWidget* parent)
    : QWidget(parent), m_state(state), m_items(new QListWidget(this)), m_text(new QTextEdit(this)),
      m_decisions(new QListWidget(this))
{
    setObjectName(QStringLiteral("minutesEditor"));
    m_items->setObjectName(QStringLiteral("minutesItems"));
    m_text->setObjectName(QStringLiteral("minutesText"));
    m_decisions->setObjectName(QStringLiteral("decisionsList"));
    m_text->setUndoRedoEnabled(false); // the editor's undo stack covers the text too
    m_text->setAcceptRichText(true);
    m_text->setPlaceholderText(tr("What was said and agreed on this item…"));

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("minutesToolbar"));
    m_bold = toolbar->addAction(tr("Bold"));
    m_bold->setObjectName(QStringLiteral("boldAction"));
    m_bold->setShortcut(QKeySequence::Bold);
    m_bold->setCheckable(true);
    QFont boldFont = m_bold->font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);
    m_italic = toolbar->addAction(tr("Italic"));
    m_italic->setObjectName(QStringLiteral("italicAction"));
    m_italic->setShortcut(QKeySequence::Italic);
    m_italic->setCheckable(true);
    QFont italicFont = m_italic->font();
    italicFont.setItalic(true);
    m_italic->setFont(italicFont);
    toolbar->addSeparator();
    QAction* bullets = toolbar->addAction(tr("• List"));
    bullets->setObjectName(QStringLiteral("bulletListAction"));
    bullets->setToolTip(tr("Bulleted list"));
    QAction* numbers = toolbar->addAction(tr("1. List"));
    numbers->setObjectName(QStringLiteral("numberedListAction"));
    numbers->setToolTip(tr("Numbered list"));
    for (QAction* action : toolbar->actions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    auto* addDecision = new QPushButton(tr("Add a decision"), this);
    addDecision->setObjectName(QStringLiteral("addDecisionButton"));
    auto* removeDecision = new QPushButton(tr("Remove"), this);
    removeDecision->setObjectName(QStringLiteral("removeDecisionButton"));
    auto* decisionButtons = new QHBoxLayout;
    decisionButtons->addWidget(new QLabel(tr("Decisions on this item"), this));
    decisionButtons->addStretch();
    decisionButtons->addWidget(addDecision);
    decisionButtons->addWidget(removeDecision);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(toolbar);
    rightLayout->addWidget(m_text, 3);
    rightLayout->addLayout(decisionButtons);
    rightLayout->addWidget(m_decisions, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_items);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_text->mergeCurrentCharFormat(format);
        m_text->setFocus();
    });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        m_text->mergeCurrentCharFormat(format);
        m_text->setFocus();
    });
    connect(bullets, &QAction::triggered, this, [this] { toggleList(false); });
    connect(numbers, &QAction::triggered, this, [this] { toggleList(true); });
    connect(m_text, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat& format) {
        m_bold->setChecked(format.fontWeight() >= QFont::Bold);
        m_italic->setChecked(format.fontItalic());
    });
    connect(m_text, &QTextEdit::textChanged, this, &MinutesEditorWidget::storeText);
    connect(m_items, &QListWidget::currentRowChanged, this, &MinutesEditorWidget::showItem);
    connect(addDecision, &QPushButton::clicked, this, [this] { this->addDecision(); });
    connect(removeDecision, &QPushButton::clicked, this, &MinutesEditorWidget::removeDecision);
    connect(m_decisions, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const size_t index = size_t(item->data(Qt::UserRole).toInt());
        const QString text = item->text().trimmed();
        if (index >= m_state->meeting().decisions.size() || text == m_state->meeting().decisions[index].text)
            return;
        m_state->change(tr("Edit a decision"), {}, [&](Meeting& m) {
            m.decisions[index].text = text;
            backToDraft(m);
        }, this);
    });
    connect(m_state, &MeetingEditState::changed, this, &MinutesEditorWidget::refresh);
    refresh(nullptr);
}

qint64 MinutesEditorWidget::currentItemId() const
{
    const auto& agenda = m_state->meeting().agenda;
    return m_shownRow >= 0 && m_shownRow < int(agenda.size()) ? agenda[size_t(m_shownRow)].id : 0;
}

void MinutesEditorWidget::refresh(QObject* source)
{
    if (source == this)
        return;
    const auto& agenda = m_state->meeting().agenda;
    const QSignalBlocker block(m_items);
    // Keep the same item shown when it is still on the agenda (it may have moved).
    const qint64 shownId = currentItemId();
    m_items->clear();
    int row = -1;
    for (size_t i = 0; i < agenda.size(); ++i) {
        m_items->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(agenda[i].title));
        if (agenda[i].id == shownId && shownId != 0)
            row = int(i);
    }
    if (row < 0 && !agenda.empty())
        row = std::clamp(m_shownRow, 0, int(agenda.size()) - 1);
    m_items->setCurrentRow(row);
    m_shownRow = -2; // force showItem to reload
    showItem(row);
}

void MinutesEditorWidget::showItem(int row)
{
    const auto& agenda = m_state->meeting().agenda;
    const bool valid = row >= 0 && row < int(agenda.size());
    const QString html = valid ? agenda[size_t(row)].minutesHtml : QString();
    const bool sameItem = row == m_shownRow;
    m_shownRow = row;
    m_text->setEnabled(valid);
    if (!sameItem || m_text->toHtml() != html) {
        const QSignalBlocker block(m_text);
        m_text->setHtml(html);
    }
    fillDecisions();
}

void MinutesEditorWidget::fillDecisions()
{
    const QSignalBlocker block(m_decisions);
    m_decisions->clear();
    const qint64 itemId = currentItemId();
    const auto& decisions = m_state->meeting().decisions;
    for (size_t i = 0; i < decisions.size(); ++i) {
        if (itemId == 0 || decisions[i].agendaItemId != itemId)
            continue;
        auto* item = new QListWidgetItem(decisions[i].text, m_decisions);
        item->setData(Qt::UserRole, int(i));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

void MinutesEditorWidget::storeText()
{
    const int row = m_shownRow;
    if (row < 0 || row >= int(m_state->meeting().agenda.size()))
        return;
    const QString html = m_text->toPlainText().isEmpty() ? QString() : m_text->toHtml();
    // Typing in one item is one undo step until another field is edited.
    m_state->change(tr("Write the minutes"), QStringLiteral("minutes:%1").arg(currentItemId()), [&](Meeting& m) {
        m.agenda[size_t(row)].minutesHtml = html;
        backToDraft(m);
    }, this);
}

void MinutesEditorWidget::toggleList(bool numbered)
{
    QTextCursor cursor = m_text->textCursor();
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    if (QTextList* list = cursor.currentList(); list && list->format().style() == style) {
        // The same button again takes the paragraph out of the list.
        QTextBlockFormat block = cursor.blockFormat();
        list->remove(cursor.block());
        block.setIndent(0);
        cursor.setBlockFormat(block);
    } else {
        cursor.createList(style);
    }
    m_text->setFocus();
}

void MinutesEditorWidget::addDecision(const QString& text)
{
    const qint64 itemId = currentItemId();
    if (itemId == 0)
        return;
    Decision decision;
    decision.agendaItemId = itemId;
    decision.text = text.isEmpty() ? tr("New decision") : text;
    m_state->change(tr("Add a decision"), {}, [&](Meeting& m) {
        m.decisions.push_back(decision);
        backToDraft(m);
    });
    if (text.isEmpty() && m_decisions->count() > 0) {
        m_decisions->setCurrentRow(m_decisions->count() - 1);
        m_decisions->editItem(m_decisions->currentItem());
    }
}

void MinutesEditorWidget::removeDecision()
{
    QListWidgetItem* item = m_decisions->currentItem();
    if (!item)
        return;
    const size_t index = size_t(item->data(Qt::UserRole).toInt());
    m_state->change(tr("Remove a decision"), {}, [&](Meeting& m) {
        m.decisions.erase(m.decisions.begin() + qsizetype(index));
        backToDraft(m);
    });
}

} // namespace maillage
