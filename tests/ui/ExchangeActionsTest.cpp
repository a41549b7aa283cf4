// SPDX-License-Identifier: EUPL-1.2
#include "ui/main/ExchangeActions.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/exchange/ImportPlanView.h"
#include "ui/exchange/VCardImportDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

using namespace maillage;

namespace {

int contactCount(Database& db)
{
    SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM contact"));
    REQUIRE(query.exec(QStringLiteral("count")).ok());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// Answers the next import preview with OK (import) or Cancel, and keeps its summary.
void answerNextPreview(QDialogButtonBox::StandardButton button, QString* summary)
{
    QTimer::singleShot(0, [button, summary] {
        if (auto* dialog = qobject_cast<ui::VCardImportDialog*>(QApplication::activeModalWidget())) {
            *summary = dialog->planView()->summary()->text();
            dialog->findChild<QDialogButtonBox*>()->button(button)->click();
        }
    });
}

// Answers the next question box with the given button.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

} // namespace

TEST_CASE("Importing contacts from the File menu shows the plan, then writes it", "[ui][exchange]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    QWidget window;
    int changes = 0;
    ui::ExchangeActions actions(
        &window, [&db] { return &db; }, [&changes] { ++changes; });
    const QString file =
        QStringLiteral(MAILLAGE_TEST_DATA_DIR "/vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf");

    QString summary;
    answerNextPreview(QDialogButtonBox::Cancel, &summary);
    CHECK_FALSE(actions.importContacts(file));
    CHECK(summary.contains(QLatin1String("to create")));
    CHECK(contactCount(db) == 0);
    CHECK(changes == 0);

    answerNextPreview(QDialogButtonBox::Ok, &summary);
    CHECK(actions.importContacts(file));
    CHECK(contactCount(db) > 0);
    CHECK(changes == 1);

    // File ▸ Import ▸ Undo the last contacts import reverts it as a whole.
    answerNextQuestion(QMessageBox::Yes);
    CHECK(actions.undoLastContactImport(true));
    CHECK(contactCount(db) == 0);
    CHECK(changes == 2);
    CHECK_FALSE(actions.undoLastContactImport(false));
}
