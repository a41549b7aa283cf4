// SPDX-License-Identifier: EUPL-1.2
#include "core/models/ContactListModel.h"
#include "core/models/MeetingListModel.h"
#include "core/models/OrganisationListModel.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiFixture.h"

#include <QAbstractItemModelTester>

using namespace maillage;

namespace {

int fetchAll(QAbstractItemModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    return model.rowCount();
}

} // namespace

TEST_CASE("The list models pass the model tester while fetching and filtering", "[ui][models]")
{
    test::TestDatabase fx;
    const QDate today = QDate::currentDate();
    test::fillCouncil(fx.db(), today);

    MeetingListModel meetings;
    QAbstractItemModelTester meetingTester(&meetings, QAbstractItemModelTester::FailureReportingMode::Fatal);
    meetings.setDatabase(&fx.db());
    CHECK(meetings.rowCount() >= LazyTableModel::PageSize); // the tester may have fetched a page too
    CHECK(meetings.rowCount() < 450);
    CHECK(fetchAll(meetings) == 450);
    // Latest first, and the raw date behind the formatted one.
    CHECK(meetings.index(0, MeetingListModel::DateColumn).data(LazyTableModel::RawRole).toDateTime()
          >= meetings.index(1, MeetingListModel::DateColumn).data(LazyTableModel::RawRole).toDateTime());
    CHECK(meetings.idAt(0) > 0);

    MeetingListFilter filter;
    filter.year = today.year() - 3;
    filter.status = QStringLiteral("held");
    meetings.setFilter(filter);
    const int expected = test::countSql(
        fx.db(), QStringLiteral("SELECT COUNT(*) FROM meeting WHERE status = 'held' AND substr(starts_at, 1, 4) = :y"),
        {{QStringLiteral(":y"), QString::number(filter.year)}});
    CHECK(expected > 0);
    CHECK(fetchAll(meetings) == expected);
    CHECK(meetings.index(0, MeetingListModel::StatusColumn).data().toString() == QStringLiteral("Held"));
    CHECK(MeetingListQueries(fx.db()).count(filter).value() == expected);

    OrganisationListModel organisations;
    QAbstractItemModelTester organisationTester(&organisations, QAbstractItemModelTester::FailureReportingMode::Fatal);
    organisations.setDatabase(&fx.db());
    CHECK(fetchAll(organisations) == 4);
    CHECK(organisations.index(0, OrganisationListModel::NameColumn).data().toString() == QStringLiteral("CCAS de Lomme"));
    CHECK(organisations.index(0, OrganisationListModel::ActiveColumn).data().toString() == QStringLiteral("No"));
    organisations.setSearchText(QStringLiteral("métropole"));
    CHECK(fetchAll(organisations) == 1);

    ContactListModel contacts;
    QAbstractItemModelTester contactTester(&contacts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    contacts.setDatabase(&fx.db());
    CHECK(fetchAll(contacts) == 3);
    CHECK(contacts.index(1, ContactListModel::PillarColumn).data().toString() == QStringLiteral("Elected official"));
    contacts.setSearchText(QStringLiteral("ROUSSEL"));
    CHECK(fetchAll(contacts) == 1);
    contacts.setDatabase(nullptr);
    CHECK(contacts.rowCount() == 0);
    CHECK_FALSE(contacts.canFetchMore({}));
}
