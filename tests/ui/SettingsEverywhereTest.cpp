// SPDX-License-Identifier: EUPL-1.2
// The preferences are read where they matter: the reminder horizon by the dashboard and the follow-ups,
// the retention of inactive contacts by the RGPD review.
#include "core/demo/DemoCouncil.h"
#include "core/privacy/PersonErasure.h"
#include "core/settings/UserPreferences.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/CouncilSettingsRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiFixture.h"
#include "ui/followups/FollowUpTableModel.h"
#include "ui/followups/FollowUpsView.h"
#include "ui/main/MainWindow.h"
#include "ui/privacy/PrivacyDialog.h"
#include "ui/settings/SettingsDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

#include <algorithm>

using namespace maillage;
using maillage::ui::MainWindow;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

QStringList firstColumn(QTableWidget* table)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->columnSpan(row, 0) == 1) // not the "nothing" line
            texts << table->item(row, 0)->text();
    return texts;
}

void setReminderDaysThroughPreferences(Database* db, int days)
{
    ui::SettingsDialog dialog(db);
    child<QSpinBox>(dialog, "reminderDays")->setValue(days);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
}

} // namespace

TEST_CASE("The reminder horizon of the preferences drives the dashboard and the follow-ups view", "[ui][settings]")
{
    QSettings().clear();
    test::TestDatabase fx;
    const QDate today = QDate::currentDate();
    test::fillCouncil(fx.db(), today);
    const qint64 meeting = test::countSql(fx.db(), QStringLiteral("SELECT MIN(meeting_id) FROM follow_up"));
    test::insertRow(fx.db(), QStringLiteral("follow_up"),
                    {{QStringLiteral("meeting_id"), meeting},
                     {QStringLiteral("text"), QStringLiteral("Préparer le bilan")},
                     {QStringLiteral("due_on"), today.addDays(30).toString(Qt::ISODate)}});

    MainWindow window;
    window.start(fx.url());
    REQUIRE_FALSE(window.isWelcomeShown());
    window.showSection(MainWindow::Dashboard);
    auto* dueSoon = child<QTableWidget>(window, "dueSoonTable");
    auto* tabs = child<QTabWidget>(window, "followUpTabs");
    // The default horizon, 14 days: the follow-up due in 5 days, not the one in 30 nor the overdue ones.
    CHECK(preferences::reminderDays() == 14);
    CHECK(firstColumn(dueSoon) == QStringList{QStringLiteral("Pas encore dû")});
    CHECK(tabs->tabText(1).startsWith(QLatin1String("Due within 14 day")));
    CHECK(tabs->tabText(1).endsWith(QLatin1String("(1)")));

    auto* followUps = qobject_cast<ui::FollowUpsView*>(window.section(MainWindow::FollowUps));
    REQUIRE(followUps);
    followUps->showDueSoon();
    auto* show = child<QComboBox>(window, "followUpShow");
    CHECK(show->currentText().startsWith(QLatin1String("Due within 14 day")));
    CHECK(followUps->model()->rowCount() == 3); // the two overdue ones and the one due in 5 days

    // A longer horizon, set in the preferences: both lists take the follow-up due in 30 days.
    setReminderDaysThroughPreferences(window.database(), 45);
    window.section(MainWindow::Dashboard)->refresh();
    CHECK(firstColumn(dueSoon) == QStringList{QStringLiteral("Pas encore dû"), QStringLiteral("Préparer le bilan")});
    CHECK(tabs->tabText(1).startsWith(QLatin1String("Due within 45 day")));
    CHECK(tabs->tabText(1).endsWith(QLatin1String("(2)")));
    followUps->refresh();
    CHECK(show->currentText().startsWith(QLatin1String("Due within 45 day")));
    CHECK(followUps->model()->rowCount() == 4);

    // A shorter one: nothing falls due, only the overdue ones stay in the view.
    setReminderDaysThroughPreferences(window.database(), 2);
    window.section(MainWindow::Dashboard)->refresh();
    CHECK(firstColumn(dueSoon).isEmpty());
    REQUIRE(dueSoon->rowCount() == 1);
    CHECK(dueSoon->item(0, 0)->text().startsWith(QLatin1String("Nothing falls due within 2 day")));
    followUps->refresh();
    CHECK(followUps->model()->rowCount() == 2);
    QSettings().clear();
}

TEST_CASE("The retention of inactive contacts in the preferences drives the RGPD review list", "[ui][settings]")
{
    QSettings().clear();
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    // Created four years and a half before "today", never seen since.
    const qint64 dormant = test::insertRow(db, QStringLiteral("contact"),
                                           {{QStringLiteral("first_name"), QStringLiteral("Gaston")},
                                            {QStringLiteral("last_name"), QStringLiteral("Oublié")}});
    {
        SqlQuery age(db, QStringLiteral("UPDATE contact SET created_at = '2022-01-10T10:00:00.000Z' WHERE id = :id"));
        age.bind(QStringLiteral(":id"), dormant);
        REQUIRE(age.exec(QStringLiteral("test")).ok());
    }
    const auto listed = [&db, dormant] {
        PrivacyDialog dialog(db);
        dialog.setToday(QDate(2026, 6, 15));
        const auto ids = dialog.reviewIds();
        return std::find(ids.begin(), ids.end(), dormant) != ids.end();
    };
    const auto keepFor = [&db](int years) {
        ui::SettingsDialog dialog(&db);
        child<QSpinBox>(dialog, "inactiveYears")->setValue(years);
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
    };

    CHECK(listed()); // 3 years by default
    keepFor(5);
    CHECK_FALSE(listed());
    keepFor(4);
    CHECK(listed());
    {
        // And the other way round: the review's own period shows in the preferences.
        PrivacyDialog dialog(db);
        child<QSpinBox>(dialog, "reviewYears")->setValue(7);
    }
    ui::SettingsDialog again(&db);
    CHECK(child<QSpinBox>(again, "inactiveYears")->value() == 7);
    QSettings().clear();
}

TEST_CASE("A retention saved by an earlier build under its old key is taken over by the preferences", "[ui][settings]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    Council council;
    council.name = QStringLiteral("CLSM de Bellerive");
    REQUIRE(CouncilRepository(db).create(council).ok());
    const CouncilSettingsRepository::Values old{{QStringLiteral("privacy/inactive_years"), QStringLiteral("6")}};
    REQUIRE(CouncilSettingsRepository(db).save(council.id, old).ok());
    {
        ui::SettingsDialog dialog(&db);
        CHECK(child<QSpinBox>(dialog, "inactiveYears")->value() == 6);
        dialog.accept();
    }
    CHECK(PrivacyReview::years(db) == 6);
}
