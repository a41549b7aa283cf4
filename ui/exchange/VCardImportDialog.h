// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/exchange/ContactImportDialog.h"

namespace maillage::ui {

/// Previews the cards of a vCard file (name, organisation, e-mail), flags likely duplicates of existing contacts,
/// lists the rejected cards with their line and reason, lets the user create / update / skip each card, then
/// imports everything chosen as one undo batch.
class VCardImportDialog : public ContactImportDialog
{
    Q_OBJECT

public:
    VCardImportDialog(Database& db, const QString& path, QWidget* parent = nullptr);

private:
    QString importButtonText(int count) const override;
    QString importKind() const override;
    void replan() override;

    contacts::ContactBatch m_batch;
};

} // namespace maillage::ui
