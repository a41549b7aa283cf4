// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Event.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// Every field of an event: kind, title, the SISM theme, the PSSM module, trainers and people trained,
/// dates (end not before start), place, audience, participants, partner organisations, linked fiche, notes.
/// OK is refused with the validation messages shown in the dialog.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    EventDialog(Database& db, const Event& event, QWidget* parent = nullptr);

    Event event() const;

private:
    void kindChanged();
    void tryAccept();

    Event m_event;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QGroupBox* m_sism = nullptr;
    QLineEdit* m_theme = nullptr;
    QGroupBox* m_pssm = nullptr;
    QComboBox* m_module = nullptr;
    QLineEdit* m_trainers = nullptr;
    QSpinBox* m_trained = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_audience = nullptr;
    QSpinBox* m_participants = nullptr;
    QListWidget* m_partners = nullptr;
    QComboBox* m_fiche = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace maillage::ui
