// SPDX-License-Identifier: EUPL-1.2
#include "core/privacy/PersonExport.h"

#include "core/documents/DocumentBuilder.h"
#include "core/domain/Contact.h"
#include "core/domain/Instance.h"
#include "core/domain/Meeting.h"
#include "core/privacy/PrivacyPdf.h"
#include "core/storage/Database.h"
#include "core/storage/PrivacySql.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextDocument>
#include <functional>

namespace maillage {

namespace {

template <typename E> QString labelOfCode(const QString& code)
{
    bool known = false;
    const E value = fromCode<E>(code, enumEntries<E>().front().value, &known);
    return known ? labelOf(value) : code;
}

QString dateText(const QJsonValue& value)
{
    const QString text = value.toString();
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : text;
}

QString period(const QJsonObject& row)
{
    const QString from = dateText(row.value(QStringLiteral("valid_from")));
    const QString to = dateText(row.value(QStringLiteral("valid_to")));
    if (from.isEmpty() && to.isEmpty())
        return {};
    return from + QStringLiteral(" – ") + to;
}

QString personName(const QJsonObject& contact)
{
    return QStringList{contact.value(QStringLiteral("civility")).toString(),
                       contact.value(QStringLiteral("first_name")).toString(),
                       contact.value(QStringLiteral("last_name")).toString()}
        .join(u' ')
        .simplified();
}

std::vector<QStringList> tableRows(const QJsonArray& rows,
                                   const std::vector<std::function<QString(const QJsonObject&)>>& cells)
{
    std::vector<QStringList> list;
    for (const QJsonValue& value : rows) {
        QStringList line;
        for (const auto& cell : cells)
            line << cell(value.toObject());
        list.push_back(line);
    }
    return list;
}

std::function<QString(const QJsonObject&)> text(const char* column)
{
    return [column](const QJsonObject& row) { return row.value(QLatin1String(column)).toString(); };
}

/// A stored code shown with its label (present → Présent).
template <typename E> std::function<QString(const QJsonObject&)> label(const char* column)
{
    return [column](const QJsonObject& row) { return labelOfCode<E>(row.value(QLatin1String(column)).toString()); };
}

std::function<QString(const QJsonObject&)> date(const char* column)
{
    return [column](const QJsonObject& row) { return dateText(row.value(QLatin1String(column))); };
}

} // namespace

Result<QJsonObject> PersonExport::collect(Database& db, qint64 contactId, const QDate& today)
{
    auto person = privacysql::personData(db, contactId);
    if (!person)
        return person.error();
    return QJsonObject{{QStringLiteral("application"), QStringLiteral("Maillage")},
                       {QStringLiteral("exported_on"), today.toString(Qt::ISODate)},
                       {QStringLiteral("person"), person.value()}};
}

void PersonExport::build(const QJsonObject& data, QTextDocument& document)
{
    const QJsonObject person = data.value(QStringLiteral("person")).toObject();
    const QJsonObject contact = person.value(QStringLiteral("contact")).toObject();
    const auto section = [&](const char* key) { return person.value(QLatin1String(key)).toArray(); };
    DocumentBuilder out(document);
    out.titleBlock(tr("Personal data held about %1").arg(personName(contact)),
                   {tr("Exported on %1").arg(dateText(data.value(QStringLiteral("exported_on"))))});

    out.heading(tr("Identity and details"));
    out.field(tr("Civility"), contact.value(QStringLiteral("civility")).toString());
    out.field(tr("First name"), contact.value(QStringLiteral("first_name")).toString());
    out.field(tr("Last name"), contact.value(QStringLiteral("last_name")).toString());
    out.field(tr("Job title"), contact.value(QStringLiteral("job_title")).toString());
    out.field(tr("Pillar"), labelOfCode<Pillar>(contact.value(QStringLiteral("pillar")).toString()));
    out.field(tr("E-mail"), contact.value(QStringLiteral("email")).toString());
    out.field(tr("Phone"), contact.value(QStringLiteral("phone")).toString());
    out.field(tr("Mobile"), contact.value(QStringLiteral("mobile")).toString());
    out.field(tr("Address"), contact.value(QStringLiteral("address")).toString());
    out.field(tr("Legal basis"), labelOfCode<LegalBasis>(contact.value(QStringLiteral("legal_basis")).toString()));
    out.field(tr("Consent confirmed on"), dateText(contact.value(QStringLiteral("consent_confirmed_on"))));
    out.field(tr("Confidentiality charter signed on"), dateText(contact.value(QStringLiteral("charter_signed_on"))));
    out.field(tr("Notes"), contact.value(QStringLiteral("notes")).toString());
    out.field(tr("Recorded since"), dateText(contact.value(QStringLiteral("created_at"))));

    const auto block = [&](const QString& title, const QJsonArray& rows,
                           const std::vector<DocumentBuilder::Column>& columns,
                           const std::vector<std::function<QString(const QJsonObject&)>>& cells) {
        out.heading(title);
        if (rows.isEmpty())
            out.paragraph(tr("None."));
        else
            out.table(columns, tableRows(rows, cells));
    };
    block(tr("Organisations"), section("affiliations"),
          {{tr("Organisation"), 45}, {tr("Job title"), 30}, {tr("Period"), 25}},
          {text("organisation"), text("job_title"), period});
    block(tr("Instances"), section("memberships"),
          {{tr("Instance"), 40}, {tr("Role"), 20}, {tr("Seat"), 15}, {tr("Period"), 25}},
          {text("instance"), label<MemberRole>("role"), label<Seat>("seat"), period});
    block(tr("Meetings attended or expected"), section("attendance"),
          {{tr("Date"), 15}, {tr("Instance"), 35}, {tr("Status"), 15}, {tr("On behalf of"), 35}},
          {date("meeting_date"), text("instance"), label<AttendanceStatus>("status"), text("organisation")});
    block(tr("Representations and proxies"), section("representations"),
          {{tr("Date"), 20}, {tr("Instance"), 50}, {tr("Role"), 30}},
          {date("meeting_date"), text("instance"), text("role")});
    block(tr("Follow-ups in their charge"), section("follow_ups"),
          {{tr("Meeting"), 15}, {tr("Follow-up"), 55}, {tr("Due"), 15}, {tr("Status"), 15}},
          {date("meeting_date"), text("text"), date("due_on"), label<FollowUpStatus>("status")});
    block(tr("Documents sent to them"), section("recipients"), {{tr("Date"), 25}, {tr("Instance"), 75}},
          {date("meeting_date"), text("instance")});
    block(tr("Referent of"), section("referent_of"), {{tr("Instance"), 100}}, {text("instance")});
    block(tr("Secretary of the meetings"), section("secretary_of"), {{tr("Date"), 25}, {tr("Instance"), 75}},
          {date("meeting_date"), text("instance")});
    block(tr("Mentions in minutes, decisions and follow-ups"), section("mentions"),
          {{tr("Meeting"), 15}, {tr("Where"), 20}, {tr("Excerpt"), 65}},
          {date("meeting_date"), text("source"), text("excerpt")});
}

Status PersonExport::writeJson(Database& db, qint64 contactId, const QString& path, const QDate& today)
{
    auto data = collect(db, contactId, today);
    if (!data)
        return data.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::Io, tr("Could not write the file %1.").arg(path), file.errorString()};
    file.write(QJsonDocument(data.value()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{Error::Kind::Io, tr("Could not write the file %1.").arg(path), file.errorString()};
    return {};
}

Status PersonExport::writePdf(Database& db, qint64 contactId, const QString& path, const QDate& today)
{
    auto data = collect(db, contactId, today);
    if (!data)
        return data.error();
    QTextDocument document;
    build(data.value(), document);
    const QJsonObject contact =
        data.value().value(QStringLiteral("person")).toObject().value(QStringLiteral("contact")).toObject();
    return writePrivacyPdf(document,
                           {QString(), tr("Personal data — %1").arg(personName(contact)),
                            tr("Confidential: personal data (RGPD, article 15)")},
                           path);
}

Status PersonExport::write(Database& db, qint64 contactId, const QString& path, const QDate& today)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return writeJson(db, contactId, path, today);
    return writePdf(db, contactId, path, today);
}

} // namespace maillage
