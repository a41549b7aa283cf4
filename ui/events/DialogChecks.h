// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

class QDateEdit;
class QDialog;
class QLabel;
class QWidget;

namespace maillage::ui {

/// A date field with a calendar, shown as 31/12/2026; today when date is invalid.
QDateEdit* makeDateEdit(const QString& name, const QDate& date, QWidget* parent);

/// The red label under a form that lists why OK was refused; hidden until then.
QLabel* makeProblemsLabel(const QString& name, QWidget* parent);

/// Accepts the dialog when `problems` is empty; otherwise shows them in `label` and keeps it open.
/// Returns whether the dialog was accepted.
bool acceptUnlessProblems(QDialog& dialog, QLabel& label, const QStringList& problems);

} // namespace maillage::ui
