// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace maillage::ui {

/// What a first start shows: create an empty council, discover the demonstration council,
/// or open an existing database. It only asks; the main window does the work.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    /// Says where the council will be kept ("a new file in …" or the open database).
    void setLocation(const QString& text);
    /// The demonstration needs the demo generator; without it the button says so and stays off.
    void setDemoAvailable(bool available);

signals:
    void createEmptyRequested(const QString& councilName);
    /// The guided creation (CouncilWizard): name, territory, instances, partners.
    void guidedCreationRequested();
    void demoRequested();
    void openRequested();

private:
    void askCouncilName();
    QPushButton* makeBigButton(const QString& title, const QString& text, const QString& objectName);

    QLabel* m_location = nullptr;
    QPushButton* m_demo = nullptr;
};

} // namespace maillage::ui
