// SPDX-License-Identifier: EUPL-1.2
#include "ui/exchange/VCardImportDialog.h"

#include "core/exchange/VCardReader.h"
#include "ui/exchange/ImportPlanView.h"

namespace maillage::ui {

VCardImportDialog::VCardImportDialog(Database& db, const QString& path, QWidget* parent)
    : ContactImportDialog(db, path, QStringLiteral("vcard"), parent)
{
    setObjectName(QStringLiteral("vcardImportDialog"));
    setWindowTitle(tr("Import contacts from vCard"));
    finishLayout(planView());
    auto batch = contacts::readVCardFile(path);
    if (batch.ok())
        m_batch = batch.value();
    else
        m_fileError = batch.error().message;
    if (m_fileError.isEmpty() && m_batch.records.empty() && m_batch.rejected.empty())
        m_fileError = tr("The file holds no vCard.");
    replan();
    resize(900, 600);
}

QString VCardImportDialog::importButtonText(int count) const
{
    return tr("&Import %n card(s)", nullptr, count);
}

QString VCardImportDialog::importKind() const
{
    return contacts::vcardImportKind();
}

void VCardImportDialog::replan()
{
    showPlan(m_batch);
}

} // namespace maillage::ui
