// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/Database.h"
#include "core/sync/FieldComparison.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace maillage::ui {

/// Someone else saved the record being saved: shows, field by field, the user's value beside the one
/// stored now (with who changed it and when, if the journal knows), and lets the user keep theirs,
/// take the stored one, or choose field by field. Nothing is saved by the dialog itself.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const sync::Comparison& comparison, QWidget* parent = nullptr);

    /// What the user chose (valid once accepted).
    sync::Choices choices() const { return m_choices; }
    QTableWidget* table() const { return m_table; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* takeTheirsButton() const { return m_takeTheirs; }
    QPushButton* mergeButton() const { return m_merge; }
    /// The per-field choice of row (0: mine, 1: theirs).
    QComboBox* choiceBox(int row) const;

private:
    void choose(int row, sync::Side side);
    void finish(const sync::Choices& choices);

    sync::Comparison m_comparison;
    sync::Choices m_choices;
    QTableWidget* m_table = nullptr;
    std::vector<QComboBox*> m_boxes;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_takeTheirs = nullptr;
    QPushButton* m_merge = nullptr;
};

/// The outcome of a conflict for a record of type T.
template <typename T> struct Resolution
{
    enum class Outcome { Cancelled, Save, NothingToSave } outcome = Outcome::Cancelled;
    T value; ///< the record to save over the stored version (Save)
};

/// Compares base (as opened), mine (being saved) and stored (saved meanwhile by someone else), asks
/// the user when something differs, and gives the record to save over the stored version.
template <typename T>
Resolution<T> resolveConflict(Database& db, const T& base, const T& mine, const T& stored, QWidget* parent)
{
    Resolution<T> resolution;
    sync::Comparison comparison = sync::compare(base, mine, stored, sync::namesFrom(db));
    sync::Choices choices; // nothing differs: their save already says what mine says
    if (!comparison.identical()) {
        sync::attribute(db, comparison);
        ConflictDialog dialog(comparison, parent);
        if (dialog.exec() != QDialog::Accepted)
            return resolution;
        choices = dialog.choices();
    }
    if (!choices.values().contains(sync::Side::Mine)) {
        resolution.outcome = Resolution<T>::Outcome::NothingToSave;
        resolution.value = stored;
        return resolution;
    }
    resolution.outcome = Resolution<T>::Outcome::Save;
    resolution.value = sync::apply(mine, stored, choices);
    return resolution;
}

} // namespace maillage::ui
