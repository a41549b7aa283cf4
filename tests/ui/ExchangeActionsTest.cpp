// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/SqlQuery.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/main/ExchangeActions.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

using namespace maillage;

namespace {

int contacts(Database& db)
{
    SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM contact"));
    REQUIRE(query.exec(QStringLiteral("count")).ok());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// Answers the next question box with the given button, and keeps its text.
void answerNextQuestion(QMessageBox::StandardButton button, QString* text)
{
    QTimer::singleShot(0, [button, text] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->button(button)->click();
        }
    });
}

} // namespace

TEST_CASE("Importing contacts from the File menu shows the plan, then writes it", "[ui][exchange]")
{
    test::TestDatabase fixture;
    Database& db = fixture.db();
    QWidget window;
    int changes = 0;
    ui::ExchangeActions actions(&window, [&db] { return &db; }, [&changes] { ++changes; });
    const QString file = QStringLiteral(MAILLAGE_TEST_DATA_DIR "/vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf");

    QString question;
    answerNextQuestion(QMessageBox::Cancel, &question);
    CHECK_FALSE(actions.importContacts(file));
    CHECK(question.contains(QLatin1String("to create")));
    CHECK(contacts(db) == 0);
    CHECK(changes == 0);

    answerNextQuestion(QMessageBox::Yes, &question);
    CHECK(actions.importContacts(file));
    CHECK(contacts(db) > 0);
    CHECK(changes == 1);
}
