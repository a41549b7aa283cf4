// SPDX-License-Identifier: EUPL-1.2
#include "ui/plan/BreakdownDialog.h"

#include "core/plan/PlanFigures.h"
#include "ui/events/DialogChecks.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace maillage::ui {

BreakdownDialog::BreakdownDialog(const std::vector<plan::BreakdownDimension>& dimensions, const QString& json,
                                 std::optional<double> total, const QString& period, QWidget* parent)
    : QDialog(parent), m_dimensions(dimensions), m_total(total), m_period(period), m_result(json)
{
    setObjectName(QStringLiteral("breakdownDialog"));
    setWindowTitle(tr("Breakdown of %1").arg(period));
    auto* layout = new QVBoxLayout(this);
    m_problems = makeProblemsLabel(QStringLiteral("breakdownProblems"), this);

    Result<std::vector<plan::BreakdownPart>> parts = plan::Breakdown::parse(json);
    if (parts.ok()) {
        for (const plan::BreakdownPart& part : parts.value()) {
            m_parts[part.dimension] = part;
            if (std::none_of(m_dimensions.begin(), m_dimensions.end(),
                             [&](const plan::BreakdownDimension& d) { return d.key == part.dimension; }))
                m_dimensions.push_back(plan::Breakdown::dimension(m_dimensions, part.dimension));
        }
    } else {
        m_unreadable = true;
        // Kept as it is unless the coordinator enters numbers and confirms.
        m_problems->setText(tr("%1 It is replaced only if you enter numbers and confirm.").arg(parts.error().message));
        m_problems->show();
    }

    auto* form = new QFormLayout;
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("breakdownDimension"));
    for (const plan::BreakdownDimension& d : m_dimensions)
        m_dimension->addItem(d.label, d.key);
    form->addRow(tr("&Broken down by:"), m_dimension);
    layout->addLayout(form);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("breakdownTable"));
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setMinimumHeight(200);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add a &category"), this);
    add->setObjectName(QStringLiteral("breakdownAddCategory"));
    auto* clear = new QPushButton(tr("C&lear this breakdown"), this);
    clear->setObjectName(QStringLiteral("breakdownClear"));
    buttons->addWidget(add);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_sum = new QLabel(this);
    m_sum->setObjectName(QStringLiteral("breakdownSum"));
    m_sum->setWordWrap(true);
    layout->addWidget(m_sum);
    m_others = new QLabel(this);
    m_others->setObjectName(QStringLiteral("breakdownOthers"));
    m_others->setWordWrap(true);
    layout->addWidget(m_others);
    layout->addWidget(m_problems);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->setObjectName(QStringLiteral("breakdownButtons"));
    layout->addWidget(box);
    resize(460, 460);

    connect(box, &QDialogButtonBox::accepted, this, &BreakdownDialog::tryAccept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &BreakdownDialog::addCategory);
    connect(clear, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (QTableWidgetItem* item = m_table->item(row, 1))
                item->setText(QString());
        refreshSum();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            refreshSum();
    });
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &BreakdownDialog::dimensionChosen);

    // Open on the first dimension that holds numbers.
    int first = 0;
    for (int i = 0; i < int(m_dimensions.size()); ++i)
        if (m_parts.count(m_dimensions[size_t(i)].key) && !m_parts[m_dimensions[size_t(i)].key].values.empty()) {
            first = i;
            break;
        }
    m_dimension->setCurrentIndex(first);
    dimensionChosen(first);
}

const plan::BreakdownDimension& BreakdownDialog::shown() const
{
    return m_dimensions[size_t(m_shown)];
}

bool BreakdownDialog::showDimension(const QString& key)
{
    const int index = m_dimension->findData(key);
    if (index < 0)
        return false;
    m_dimension->setCurrentIndex(index);
    return true;
}

void BreakdownDialog::dimensionChosen(int index)
{
    if (index < 0 || index >= int(m_dimensions.size()))
        return;
    if (m_shown >= 0 && m_shown != index)
        keepShown();
    m_shown = index;
    fillTable();
    refreshSum();
}

void BreakdownDialog::fillTable()
{
    m_filling = true;
    m_table->setRowCount(0);
    const plan::BreakdownDimension& d = shown();
    QStringList categories = d.categories;
    const plan::BreakdownPart part = m_parts.count(d.key) ? m_parts[d.key] : plan::BreakdownPart{d.key, {}};
    for (const auto& [category, value] : part.values)
        if (!categories.contains(category))
            categories << category;
    for (const QString& category : categories) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(d.labelOf(category));
        name->setData(Qt::UserRole, category);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, 0, name);
        const std::optional<double> value = part.valueOf(category);
        auto* number = new QTableWidgetItem(value ? plan::formatNumber(*value) : QString());
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, number);
    }
    m_filling = false;
}

void BreakdownDialog::addCategory()
{
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QTableWidgetItem(tr("Other"));
    m_table->setItem(row, 0, name); // editable: the coordinator names it
    auto* number = new QTableWidgetItem;
    number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, 1, number);
    m_filling = false;
    m_table->setCurrentCell(row, 0);
    m_table->editItem(name);
}

void BreakdownDialog::keepShown(QStringList* problems) const
{
    if (m_shown < 0)
        return;
    const plan::BreakdownDimension& d = shown();
    plan::BreakdownPart part{d.key, {}};
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* name = m_table->item(row, 0);
        const QTableWidgetItem* number = m_table->item(row, 1);
        const QString text = number ? number->text().trimmed() : QString();
        if (!name || text.isEmpty())
            continue;
        const QString label = name->text().trimmed();
        const QString category = name->data(Qt::UserRole).isValid() ? name->data(Qt::UserRole).toString() : label;
        const std::optional<double> value = plan::parseNumber(text);
        if (category.isEmpty()) {
            if (problems)
                *problems << tr("A category of the breakdown by %1 has a value but no name.").arg(d.label.toLower());
            continue;
        }
        if (!value) {
            if (problems)
                *problems << tr("The value “%1” for “%2” (breakdown by %3) is not a number.")
                                 .arg(text, label, d.label.toLower());
            continue;
        }
        part.values.emplace_back(category, *value);
    }
    m_parts[d.key] = part;
}

QStringList BreakdownDialog::problems() const
{
    QStringList found;
    keepShown(&found);
    return found;
}

void BreakdownDialog::refreshSum()
{
    QStringList unreadable;
    keepShown(&unreadable);
    const plan::BreakdownDimension& d = shown();
    const plan::BreakdownPart& part = m_parts[d.key];
    QString text;
    QString colour;
    if (part.values.empty()) {
        text = tr("No breakdown by %1 for %2.").arg(d.label.toLower(), m_period);
    } else if (!m_total) {
        text = tr("Sum: %1 (the period has no value yet).").arg(plan::formatNumber(part.sum()));
    } else if (std::abs(part.sum() - *m_total) > 1e-9) {
        text = tr("Sum: %1 — the value of %2 is %3: they differ by %4.")
                   .arg(plan::formatNumber(part.sum()), m_period, plan::formatNumber(*m_total),
                        plan::formatNumber(std::abs(part.sum() - *m_total)));
        colour = QStringLiteral("#a15c00");
    } else {
        text = tr("Sum: %1, the value of %2.").arg(plan::formatNumber(part.sum()), m_period);
        colour = QStringLiteral("#2e7d32");
    }
    if (!unreadable.isEmpty())
        text += u' ' + tr("(%n value(s) not read)", nullptr, int(unreadable.size()));
    m_sum->setText(text);
    m_sum->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
    m_sum->setProperty("differs", !colour.isEmpty() && colour != QLatin1String("#2e7d32"));
    QStringList others;
    for (const plan::BreakdownDimension& other : m_dimensions)
        if (other.key != d.key && m_parts.count(other.key) && !m_parts[other.key].values.empty())
            others << other.label.toLower();
    m_others->setText(others.isEmpty() ? QString()
                                       : tr("Also broken down by: %1.").arg(others.join(QStringLiteral(", "))));
}

void BreakdownDialog::tryAccept()
{
    const QStringList found = problems();
    if (found.isEmpty()) {
        std::vector<plan::BreakdownPart> parts;
        for (const plan::BreakdownDimension& d : m_dimensions)
            if (m_parts.count(d.key))
                parts.push_back(m_parts[d.key]);
        const QString json = plan::Breakdown::toJson(parts);
        if (!json.isEmpty() || !m_unreadable) // an unreadable breakdown stays until numbers replace it
            m_result = json;
    }
    acceptUnlessProblems(*this, *m_problems, found);
}

} // namespace maillage::ui
