// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/partners/DuplicateFinder.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace maillage {

class Database;

/// Likely duplicates (contacts or organisations) with the reasons, the two records side by side,
/// the choice of the one to keep, the merge, and "Annuler la fusion" through the merge's undo batch.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Contacts, Organisations };

    explicit DuplicatesDialog(Database& db, QWidget* parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const;
    int pairCount() const { return int(m_pairs.size()); }
    /// Selects a pair of the list (tests and keyboard).
    void selectPair(int row);
    /// Merges the selected pair into the record chosen to keep; false with a message on failure.
    bool mergeSelected();
    /// Undoes the newest merge that can still be undone.
    bool undoLastMerge();

signals:
    /// Records were merged or a merge was undone: the sections should reload.
    void dataChanged();

private:
    void reload();
    void showPair();
    void updateButtons();
    QString nameOf(qint64 id) const;
    void showMessage(const QString& text, bool error);

    Database& m_db;
    std::vector<DuplicatePair> m_pairs;
    QHash<qint64, QString> m_names;
    QComboBox* m_kind = nullptr;
    QTableWidget* m_pairTable = nullptr;
    QTableWidget* m_compare = nullptr;
    QLabel* m_keepLabel = nullptr;
    QRadioButton* m_keepFirst = nullptr;
    QRadioButton* m_keepSecond = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace maillage
