// SPDX-License-Identifier: EUPL-1.2
// The cellule section offscreen: off until enabled, the confidential banner, a new pseudonymous situation,
// statistics hiding small counts.
#include "core/demo/DemoCouncil.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/SituationRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/situations/SituationDialog.h"
#include "ui/situations/SituationsWidget.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>

using namespace maillage;
using maillage::ui::SituationDialog;
using maillage::ui::SituationsWidget;

TEST_CASE("The cellule register is off until enabled, then confidential and pseudonymous", "[ui][situations]")
{
    QSettings().clear();
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    {
        auto council = CouncilRepository(db).first();
        Council off = council.value();
        off.situationsEnabled = false;
        REQUIRE(CouncilRepository(db).update(off).ok());
    }
    SituationsWidget view;
    view.resize(1100, 700);
    view.setDatabase(&db);
    view.show();
    CHECK_FALSE(view.registerEnabled());
    auto* banner = view.findChild<QLabel*>(QStringLiteral("confidentialBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());
    CHECK(view.findChild<QLabel*>(QStringLiteral("situationsExplanation"))->isVisible());

    // Enabling asks first; cancelling keeps it off.
    bool signalled = false;
    QObject::connect(&view, &SituationsWidget::enabledChanged, [&](bool on) { signalled = on; });
    view.findChild<QPushButton*>(QStringLiteral("enableSituations"))->click();
    auto* box = view.findChild<QMessageBox*>(QStringLiteral("enableSituationsBox"));
    REQUIRE(box);
    box->button(QMessageBox::Cancel)->click();
    CHECK_FALSE(view.registerEnabled());
    view.askToEnable();
    box = view.findChild<QMessageBox*>(QStringLiteral("enableSituationsBox"));
    REQUIRE(box);
    box->button(QMessageBox::Yes)->click();
    CHECK(view.registerEnabled());
    CHECK(signalled);
    CHECK(CouncilRepository(db).first()->situationsEnabled);
    CHECK(banner->isVisible());
    CHECK(banner->text().startsWith(QStringLiteral("Confidential")));

    const int before = view.table()->rowCount();
    REQUIRE(before > 0);
    view.newSituation();
    auto* dialog = view.findChild<SituationDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("confidentialBanner")));
    const QString pseudonym = dialog->findChild<QLabel*>(QStringLiteral("situationPseudonym"))->text();
    CHECK(pseudonym.startsWith(QStringLiteral("SIT-%1-").arg(QDate::currentDate().year())));
    // No field could hold a name: the dialog has no free line edit named for one.
    CHECK(dialog->findChildren<QWidget*>(QStringLiteral("situationName")).isEmpty());
    dialog->findChild<QComboBox*>(QStringLiteral("situationSector"))->setCurrentText(QStringLiteral("CCAS"));
    auto* categories = dialog->findChild<QListWidget*>(QStringLiteral("situationCategories"));
    categories->item(0)->setCheckState(Qt::Checked);
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("situationButtons"))->button(QDialogButtonBox::Ok)->click();
    CHECK(view.table()->rowCount() == before + 1);
    SituationFilter filter;
    auto all = SituationRepository(db).list(filter);
    bool found = false;
    for (const Situation& s : all.value())
        if (s.pseudonym == pseudonym) {
            found = true;
            CHECK(s.referralSector == QStringLiteral("CCAS"));
            CHECK(s.categories.size() == 1);
        }
    CHECK(found);

    // Statistics of this year: one situation opened this quarter at least, shown "< 5" when under five.
    auto* stats = view.statistics();
    REQUIRE(stats->rowCount() >= 3);
    bool hidden = false;
    for (int row = 0; row < stats->rowCount(); ++row)
        for (int column = 1; column < stats->columnCount(); ++column) {
            const QString cell = stats->item(row, column)->text();
            if (cell == QStringLiteral("< 5"))
                hidden = true;
            const int n = cell.toInt();
            CHECK((n == 0 || n >= 5 || cell == QStringLiteral("< 5")));
        }
    CHECK(hidden);
}
