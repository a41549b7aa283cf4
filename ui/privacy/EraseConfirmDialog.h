// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace maillage {

/// The strong confirmation of an erasure: says what will be forgotten and that it cannot be undone,
/// and asks the user to type the person's name before the Erase button wakes up.
class EraseConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    /// names: the people to erase; the user types the first one's name (or the count when several).
    EraseConfirmDialog(const QStringList& names, QWidget* parent = nullptr);

    QString expectedText() const { return m_expected; }
    QLineEdit* typedText() const { return m_typed; }
    QPushButton* eraseButton() const { return m_erase; }

private:
    QString m_expected;
    QLineEdit* m_typed = nullptr;
    QPushButton* m_erase = nullptr;
};

} // namespace maillage
