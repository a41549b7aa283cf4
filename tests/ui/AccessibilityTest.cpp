// SPDX-License-Identifier: EUPL-1.2
// Walks the sections and dialogs of the main window: every control a screen reader announces must have a
// name, and every text field must be labelled.
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiFixture.h"
#include "ui/documents/DocumentExportDialog.h"
#include "ui/help/AboutDialog.h"
#include "ui/instances/InstanceEditorDialog.h"
#include "ui/instances/SeriesDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/meetings/editor/MeetingEditorDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/welcome/CouncilWizard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>

#include <set>

using namespace maillage;
using maillage::ui::MainWindow;

namespace {

/// Parts of composite widgets (the line edit of a spin box or an editable combo box, tab scrollers,
/// the corner button of a table) are announced through their owner.
bool isInternal(const QWidget* widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_"))
        || widget->inherits("QTableCornerButton")) // selects the whole table, announced with it
        return true;
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget())
        if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)
            || qobject_cast<const QTabBar*>(parent))
            return true;
    return false;
}

/// Where a widget is, for the failure message: its object names up to the window.
QString pathOf(const QWidget* widget)
{
    QStringList names;
    for (const QWidget* w = widget; w; w = w->parentWidget())
        names.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    return names.join(u'/');
}

/// What is wrong in root's visible controls, one line per control.
QStringList problemsIn(QWidget* root)
{
    std::set<const QWidget*> labelled;
    for (const QLabel* label : root->findChildren<QLabel*>())
        if (label->buddy())
            labelled.insert(label->buddy());
    QStringList problems;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root) || isInternal(widget))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            const QString text = button->text().remove(u'&').trimmed();
            if (text.isEmpty() && button->accessibleName().isEmpty() && button->toolTip().isEmpty())
                problems << QStringLiteral("button without text, name or tooltip: ") + pathOf(widget);
        } else if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)) {
            if (!labelled.count(widget) && widget->accessibleName().isEmpty())
                problems << QStringLiteral("field without label or name: ") + pathOf(widget);
        }
    }
    return problems;
}

/// Every tab of every tab widget: hidden tabs are not visible to the walk otherwise.
QStringList problemsInAllTabs(QWidget* root)
{
    QStringList problems = problemsIn(root);
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>())
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            problems += problemsIn(root);
        }
    problems.removeDuplicates();
    return problems;
}

} // namespace

TEST_CASE("Every button has a name and every field a label in the main window's sections", "[ui][accessibility]")
{
    QSettings().clear();
    test::TestDatabase fx;
    test::fillCouncil(fx.db(), QDate::currentDate());
    MainWindow window;
    window.start(fx.url());
    window.show();
    REQUIRE_FALSE(window.isWelcomeShown());
    for (int index = 0; index < MainWindow::SectionCount; ++index) {
        window.showSection(index);
        const QStringList problems = problemsInAllTabs(&window);
        INFO("section " << index << ":\n" << problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("Every button has a name and every field a label on the welcome page", "[ui][accessibility]")
{
    QSettings().clear();
    test::TestDatabase fx;
    MainWindow window;
    window.start(fx.url());
    window.show();
    REQUIRE(window.isWelcomeShown());
    const QStringList problems = problemsIn(&window);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("Every button has a name and every field a label in the dialogs", "[ui][accessibility]")
{
    QSettings().clear();
    test::TestDatabase fx;
    test::fillCouncil(fx.db(), QDate::currentDate());
    auto instances = InstanceRepository(fx.db()).list();
    REQUIRE(instances.ok());
    REQUIRE_FALSE(instances->empty());
    MeetingFilter filter;
    filter.limit = 1;
    filter.withDetails = true;
    auto meetings = MeetingRepository(fx.db()).list(filter);
    REQUIRE(meetings.ok());
    REQUIRE_FALSE(meetings->empty());

    std::vector<std::pair<const char*, std::unique_ptr<QWidget>>> dialogs;
    dialogs.emplace_back("settings", std::make_unique<ui::SettingsDialog>(&fx.db()));
    dialogs.emplace_back("about", std::make_unique<ui::AboutDialog>(fx.url()));
    dialogs.emplace_back("documents", std::make_unique<ui::DocumentExportDialog>(fx.db(), meetings->front().id));
    dialogs.emplace_back("meeting editor", std::make_unique<MeetingEditorDialog>(fx.db(), meetings->front()));
    dialogs.emplace_back("instance editor", std::make_unique<ui::InstanceEditorDialog>(fx.db(), instances->front()));
    dialogs.emplace_back("series", std::make_unique<ui::SeriesDialog>(fx.db(), instances->front()));
    for (auto& [name, dialog] : dialogs) {
        dialog->show();
        const QStringList problems = problemsInAllTabs(dialog.get());
        INFO(name << ":\n" << problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
        dialog->hide();
    }

    ui::CouncilWizard wizard(QStringLiteral("/tmp/x.sqlite"));
    wizard.show();
    for (int page = 0; page < 5; ++page) {
        const QStringList problems = problemsIn(wizard.currentPage());
        INFO("wizard page " << page << ":\n" << problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
        wizard.nameEdit()->setText(QStringLiteral("CLSM"));
        wizard.next();
    }
}
