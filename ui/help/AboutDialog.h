// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

namespace maillage::ui {

/// Help ▸ About: version, licence, where the database is, and the Qt version, for a support request.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    /// databaseLocation: the open database's file or server, empty when none is open.
    explicit AboutDialog(const QString& databaseLocation, QWidget* parent = nullptr);
};

} // namespace maillage::ui
