// SPDX-License-Identifier: EUPL-1.2
#include "ui/common/ConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maillage::ui {

namespace {

enum Column { FieldColumn, MineColumn, TheirsColumn, WhoColumn, KeepColumn, ColumnCount };
constexpr int kMaxLines = 6; // longer values (minutes, agenda) are cut, the tooltip has them whole

QString when(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QTableWidgetItem* valueItem(const QString& text)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (text.isEmpty()) {
        item->setText(ConflictDialog::tr("(empty)"));
        item->setForeground(QPalette().brush(QPalette::Disabled, QPalette::Text));
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        return item;
    }
    QStringList lines = text.split(u'\n');
    if (lines.size() > kMaxLines) {
        lines = lines.mid(0, kMaxLines);
        lines << QStringLiteral("…");
    }
    item->setText(lines.join(u'\n'));
    item->setToolTip(text);
    return item;
}

QString whoChanged(const sync::FieldDifference& difference)
{
    const bool known = !difference.changedBy.isEmpty();
    const bool both = difference.changedByMe && difference.changedByThem;
    if (!difference.changedByThem)
        return ConflictDialog::tr("You");
    if (!known)
        return both ? ConflictDialog::tr("You and someone else") : ConflictDialog::tr("Someone else");
    const QString them = difference.changedAt.isValid()
                             ? ConflictDialog::tr("%1, %2").arg(difference.changedBy, when(difference.changedAt))
                             : difference.changedBy;
    return both ? ConflictDialog::tr("You and %1").arg(them) : them;
}

} // namespace

ConflictDialog::ConflictDialog(const sync::Comparison& comparison, QWidget* parent)
    : QDialog(parent), m_comparison(comparison)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else meanwhile"));
    auto* layout = new QVBoxLayout(this);
    auto* heading =
        new QLabel(tr("%1 was saved by someone else after you opened it.").arg(comparison.recordLabel), this);
    heading->setObjectName(QStringLiteral("conflictHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    QString intro;
    if (!comparison.lastChangedBy.isEmpty() && comparison.lastChangedAt.isValid())
        intro = tr("Last saved by %1 on %2. ").arg(comparison.lastChangedBy, when(comparison.lastChangedAt));
    intro += tr("Your changes are not saved yet and nothing was overwritten. These fields differ: choose, line by "
                "line, the value to keep, or keep all of yours or all of theirs.");
    auto* text = new QLabel(intro, this);
    text->setObjectName(QStringLiteral("conflictIntro"));
    text->setWordWrap(true);
    layout->addWidget(text);

    m_table = new QTableWidget(int(comparison.differences.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Fields that differ"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Your version"), tr("Now stored"), tr("Changed by"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus); // the choices take the focus, line by line
    for (int row = 0; row < int(comparison.differences.size()); ++row) {
        const sync::FieldDifference& difference = comparison.differences[size_t(row)];
        auto* label = new QTableWidgetItem(difference.mine.label);
        label->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, FieldColumn, label);
        m_table->setItem(row, MineColumn, valueItem(difference.mine.display));
        m_table->setItem(row, TheirsColumn, valueItem(difference.theirs));
        auto* who = new QTableWidgetItem(whoChanged(difference));
        who->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, WhoColumn, who);
        // Centred in its cell, however tall the values make the line.
        auto* cell = new QWidget(m_table);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(4, 2, 4, 2);
        auto* box = new QComboBox(cell);
        cellLayout->addWidget(box, 0, Qt::AlignVCenter);
        box->setObjectName(QStringLiteral("conflictChoice_%1").arg(difference.mine.key));
        box->setAccessibleName(tr("Value to keep for %1").arg(difference.mine.label));
        box->addItem(tr("Mine"));
        box->addItem(tr("Theirs"));
        m_table->setCellWidget(row, KeepColumn, cell);
        m_boxes.push_back(box);
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, row](int index) { choose(row, index == 0 ? sync::Side::Mine : sync::Side::Theirs); });
        box->setCurrentIndex(difference.proposed == sync::Side::Mine ? 0 : 1);
        choose(row, difference.proposed);
    }
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WhoColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KeepColumn, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("conflictButtons"));
    m_keepMine = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_keepMine->setToolTip(tr("Save your version of every field listed"));
    m_takeTheirs = buttons->addButton(tr("&Take theirs"), QDialogButtonBox::AcceptRole);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    m_takeTheirs->setToolTip(tr("Drop your changes to these fields and keep what is stored"));
    m_merge = buttons->addButton(tr("&Save my choices"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setToolTip(tr("Save the value chosen on each line"));
    m_merge->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setToolTip(tr("Save nothing now and go back to your changes"));
    // Each button says what it keeps; the box's accepted() is not used.
    connect(m_keepMine, &QPushButton::clicked, this, [this] { finish(sync::allFrom(m_comparison, sync::Side::Mine)); });
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { finish(sync::allFrom(m_comparison, sync::Side::Theirs)); });
    connect(m_merge, &QPushButton::clicked, this, [this] { finish(m_choices); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Tall enough to show every line without scrolling when the screen allows.
    const int tableHeight = m_table->verticalHeader()->length() + header->height() + 2 * m_table->frameWidth();
    resize(940, qBound(300, 150 + tableHeight, 760));
}

QComboBox* ConflictDialog::choiceBox(int row) const
{
    return row >= 0 && row < int(m_boxes.size()) ? m_boxes[size_t(row)] : nullptr;
}

void ConflictDialog::choose(int row, sync::Side side)
{
    m_choices.insert(m_comparison.differences[size_t(row)].mine.key, side);
    // The kept value is marked: bold on a tinted background; the other one stays plain.
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(50);
    for (const int column : {int(MineColumn), int(TheirsColumn)}) {
        QTableWidgetItem* item = m_table->item(row, column);
        const bool kept = (column == MineColumn) == (side == sync::Side::Mine);
        item->setBackground(kept ? QBrush(tint) : QBrush());
        QFont font = item->font();
        font.setBold(kept);
        item->setFont(font);
    }
}

void ConflictDialog::finish(const sync::Choices& choices)
{
    m_choices = choices;
    accept();
}

} // namespace maillage::ui
