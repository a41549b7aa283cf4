// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Situation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace maillage::ui {

/// One situation of the cellule: pseudonym (generated, read-only), referral sector, dates, problem
/// categories (standard list and free ones), review dates, outcome and consent. No field for a name.
class SituationDialog : public QDialog
{
    Q_OBJECT

public:
    SituationDialog(const Situation& situation, const QStringList& sectors, QWidget* parent = nullptr);

    Situation situation() const;

private:
    void tryAccept();

    Situation m_situation;
    QComboBox* m_sector = nullptr;
    QDateEdit* m_opened = nullptr;
    QCheckBox* m_hasLastContact = nullptr;
    QDateEdit* m_lastContact = nullptr;
    QListWidget* m_categories = nullptr;
    QLineEdit* m_otherCategories = nullptr;
    QListWidget* m_reviews = nullptr;
    QDateEdit* m_reviewDate = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QCheckBox* m_consent = nullptr;
    QDateEdit* m_consentOn = nullptr;
    QComboBox* m_consentHow = nullptr;
    QLineEdit* m_consentScope = nullptr;
    QCheckBox* m_closed = nullptr;
    QDateEdit* m_closedOn = nullptr;
    QLabel* m_problems = nullptr;
};

/// The red "Confidential" strip shown above everything that lists situations.
QLabel* makeConfidentialBanner(QWidget* parent);

} // namespace maillage::ui
