// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class CouncilNameDialog;
}

namespace maillage::ui {

/// Asks the name of a new council; OK stays off while the name is blank.
class CouncilNameDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CouncilNameDialog(QWidget* parent = nullptr);
    ~CouncilNameDialog() override;

    QString councilName() const;

private:
    std::unique_ptr<Ui::CouncilNameDialog> m_ui;
};

} // namespace maillage::ui
