// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiFixture.h"

#include "core/demo/DemoCouncil.h"
#include "core/storage/SqlQuery.h"
#include "ui/duplicates/DuplicatesDialog.h"
#include "ui/privacy/EraseConfirmDialog.h"
#include "ui/privacy/PrivacyDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>

using namespace maillage;

namespace {

void screenshot(QWidget& widget, const QString& name)
{
    if (!qEnvironmentVariableIsSet("MAILLAGE_SCREENSHOT_DIR"))
        return;
    widget.show();
    widget.grab().save(qEnvironmentVariable("MAILLAGE_SCREENSHOT_DIR") + u'/' + name);
}

} // namespace

TEST_CASE("the duplicates dialog shows a pair with its reason, merges it and undoes the merge", "[ui][duplicates]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    const qint64 original = test::countSql(db, QStringLiteral("SELECT MIN(id) FROM contact WHERE email <> ''"));
    const int contacts = test::countSql(db, QStringLiteral("SELECT COUNT(*) FROM contact"));
    const int attendance = test::countSql(db, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE contact_id = :id"),
                                          {{QStringLiteral(":id"), original}});
    const qint64 copy = test::insertRow(db, QStringLiteral("contact"),
                                        {{QStringLiteral("first_name"), QStringLiteral("Jeanne")},
                                         {QStringLiteral("last_name"), QStringLiteral("Doublon")}});
    {
        SqlQuery same(db, QStringLiteral("UPDATE contact SET email = UPPER((SELECT email FROM contact WHERE id = :o)) "
                                         "WHERE id = :c"));
        same.bind(QStringLiteral(":o"), original).bind(QStringLiteral(":c"), copy);
        REQUIRE(same.exec(QStringLiteral("test")).ok());
    }

    DuplicatesDialog dialog(db);
    auto* pairs = dialog.findChild<QTableWidget*>(QStringLiteral("duplicatePairs"));
    auto* compare = dialog.findChild<QTableWidget*>(QStringLiteral("duplicateCompare"));
    auto* merge = dialog.findChild<QPushButton*>(QStringLiteral("mergeButton"));
    auto* undo = dialog.findChild<QPushButton*>(QStringLiteral("undoMergeButton"));
    REQUIRE(pairs);
    REQUIRE(compare);
    REQUIRE(merge);
    REQUIRE(undo);
    REQUIRE(dialog.pairCount() > 0);
    int row = -1;
    for (int r = 0; r < pairs->rowCount(); ++r)
        if (pairs->item(r, 1)->text().contains(QStringLiteral("Doublon")))
            row = r;
    REQUIRE(row >= 0);
    CHECK(pairs->item(row, 2)->text().contains(QStringLiteral("same e-mail")));
    dialog.selectPair(row);
    CHECK(compare->rowCount() > 3);
    CHECK_FALSE(undo->isEnabled());
    screenshot(dialog, QStringLiteral("duplicates.png"));

    dialog.findChild<QRadioButton*>(QStringLiteral("keepFirst"))->setChecked(true);
    merge->click();
    CHECK(test::countSql(db, QStringLiteral("SELECT COUNT(*) FROM contact")) == contacts);
    CHECK(test::countSql(db, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE contact_id = :id"),
                         {{QStringLiteral(":id"), original}}) == attendance);
    CHECK(undo->isEnabled());
    undo->click();
    CHECK(test::countSql(db, QStringLiteral("SELECT COUNT(*) FROM contact")) == contacts + 1);
    CHECK(test::countSql(db, QStringLiteral("SELECT COUNT(*) FROM contact WHERE id = :id"),
                         {{QStringLiteral(":id"), copy}}) == 1);
    CHECK_FALSE(undo->isEnabled());

    dialog.setKind(DuplicatesDialog::Kind::Organisations);
    CHECK(dialog.kind() == DuplicatesDialog::Kind::Organisations);
}

TEST_CASE("the erase confirmation wakes up only once the name is typed", "[ui][privacy]")
{
    EraseConfirmDialog dialog({QStringLiteral("Élodie Martin")});
    CHECK_FALSE(dialog.eraseButton()->isEnabled());
    dialog.typedText()->setText(QStringLiteral("Elodie"));
    CHECK_FALSE(dialog.eraseButton()->isEnabled());
    dialog.typedText()->setText(QStringLiteral("élodie martin "));
    CHECK(dialog.eraseButton()->isEnabled());
    screenshot(dialog, QStringLiteral("erase-confirm.png"));
}

TEST_CASE("the privacy dialog reviews, exports, erases and prints the register", "[ui][privacy]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    const qint64 dormant = test::insertRow(db, QStringLiteral("contact"),
                                           {{QStringLiteral("first_name"), QStringLiteral("Gaston")},
                                            {QStringLiteral("last_name"), QStringLiteral("Oublié")}});
    {
        SqlQuery age(db, QStringLiteral("UPDATE contact SET created_at = '2019-02-01T10:00:00.000Z' WHERE id = :id"));
        age.bind(QStringLiteral(":id"), dormant);
        REQUIRE(age.exec(QStringLiteral("test")).ok());
    }
    const qint64 person = test::countSql(db, QStringLiteral("SELECT contact_id FROM attendance GROUP BY contact_id "
                                                            "ORDER BY COUNT(*) DESC, contact_id LIMIT 1"));
    PrivacyDialog dialog(db);
    dialog.setToday(QDate(2026, 6, 15));
    QStringList asked;
    dialog.setConfirmErase([&](const QStringList& names) {
        asked = names;
        return true;
    });
    const QString folder = fx.dir();
    dialog.setAskSavePath([&](const QString&, const QString& suggested, const QString&) {
        return QDir(folder).filePath(QFileInfo(suggested).fileName());
    });

    // Review: the dormant contact is listed; confirming takes them off the list.
    auto* review = dialog.findChild<QTableWidget*>(QStringLiteral("reviewList"));
    REQUIRE(review);
    const auto ids = dialog.reviewIds();
    const auto at = std::find(ids.begin(), ids.end(), dormant);
    REQUIRE(at != ids.end());
    screenshot(dialog, QStringLiteral("privacy-review.png"));
    review->selectRow(int(at - ids.begin()));
    dialog.findChild<QPushButton*>(QStringLiteral("reviewConfirm"))->click();
    const auto after = dialog.reviewIds();
    CHECK(std::find(after.begin(), after.end(), dormant) == after.end());
    CHECK(test::countSql(db,
                         QStringLiteral("SELECT COUNT(*) FROM contact WHERE id = :id AND consent_confirmed_on = "
                                        "'2026-06-15'"),
                         {{QStringLiteral(":id"), dormant}}) == 1);

    // One person: export as JSON and PDF, then erase.
    dialog.showTab(PrivacyDialog::PersonTab);
    REQUIRE(dialog.selectPerson(person));
    auto* view = dialog.findChild<QTextBrowser*>(QStringLiteral("personView"));
    CHECK(view->toPlainText().contains(QStringLiteral("meeting")));
    screenshot(dialog, QStringLiteral("privacy-person.png"));
    dialog.findChild<QPushButton*>(QStringLiteral("personExportJson"))->click();
    dialog.findChild<QPushButton*>(QStringLiteral("personExportPdf"))->click();
    const QStringList files = QDir(folder).entryList({QStringLiteral("donnees-*")});
    CHECK(files.size() == 2);
    dialog.findChild<QPushButton*>(QStringLiteral("personErase"))->click();
    CHECK(asked.size() == 1);
    CHECK(test::countSql(db, QStringLiteral("SELECT COUNT(*) FROM contact WHERE id = :id AND erased_on IS NOT NULL"),
                         {{QStringLiteral(":id"), person}}) == 1);
    CHECK_FALSE(dialog.selectPerson(person));

    // A refused confirmation erases nothing.
    dialog.setConfirmErase([](const QStringList&) { return false; });
    const qint64 next = dialog.selectedPerson();
    dialog.findChild<QPushButton*>(QStringLiteral("personErase"))->click();
    CHECK(test::countSql(db, QStringLiteral("SELECT COUNT(*) FROM contact WHERE id = :id AND erased_on IS NULL"),
                         {{QStringLiteral(":id"), next}}) == 1);

    // The register.
    dialog.showTab(PrivacyDialog::RegisterTab);
    CHECK(dialog.findChild<QTextBrowser*>(QStringLiteral("registerView"))
              ->toPlainText()
              .contains(QStringLiteral("Finalité")));
    screenshot(dialog, QStringLiteral("privacy-register.png"));
    dialog.findChild<QPushButton*>(QStringLiteral("registerPdf"))->click();
    CHECK(QFile::exists(QDir(folder).filePath(QStringLiteral("registre-des-traitements.pdf"))));
}
