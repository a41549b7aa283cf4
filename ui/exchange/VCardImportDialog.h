// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/exchange/ContactImportPlan.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace maillage {
class Database;
}

namespace maillage::ui {

class ImportPlanView;

/// Previews the cards of a vCard file (name, organisation, e-mail), flags likely duplicates of existing contacts,
/// lists the rejected cards with their line and reason, lets the user create / update / skip each card, then
/// imports everything chosen as one undo batch.
class VCardImportDialog : public QDialog
{
    Q_OBJECT

public:
    VCardImportDialog(Database& db, const QString& path, QWidget* parent = nullptr);

    qint64 batchId() const { return m_batchId; }
    QString fileError() const { return m_fileError; }
    ImportPlanView* planView() const { return m_plan; }
    QComboBox* matchCombo() const { return m_match; }
    void setMatchKey(contacts::MatchKey key);
    bool import();

private:
    void replan();

    Database& m_db;
    QString m_path;
    contacts::ContactBatch m_batch;
    QString m_fileError;
    qint64 m_batchId = 0;
    QLabel* m_error = nullptr;
    QComboBox* m_match = nullptr;
    ImportPlanView* m_plan = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace maillage::ui
