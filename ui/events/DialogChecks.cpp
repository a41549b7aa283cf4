// SPDX-License-Identifier: EUPL-1.2
#include "ui/events/DialogChecks.h"

#include <QDateEdit>
#include <QDialog>
#include <QLabel>

namespace maillage::ui {

QDateEdit* makeDateEdit(const QString& name, const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setDate(date.isValid() ? date : QDate::currentDate());
    return edit;
}

QLabel* makeProblemsLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

bool acceptUnlessProblems(QDialog& dialog, QLabel& label, const QStringList& problems)
{
    if (!problems.isEmpty()) {
        label.setText(problems.join(u'\n'));
        label.show();
        return false;
    }
    label.hide();
    dialog.accept();
    return true;
}

} // namespace maillage::ui
