// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/exchange/MeetingEmail.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace maillage;

namespace {

/// Reads the .eml with Python's own e-mail parser (policy.default decodes RFC 2047 and 2231).
QJsonObject parseWithPython(const QString& eml)
{
    const QString script = QStringLiteral(R"(
import email, email.policy, json, sys
with open(sys.argv[1], 'rb') as f:
    m = email.message_from_binary_file(f, policy=email.policy.default)
parts = []
for part in m.iter_attachments():
    parts.append({'filename': part.get_filename(), 'type': part.get_content_type(),
                  'size': len(part.get_payload(decode=True))})
body = m.get_body(preferencelist=('plain',))
print(json.dumps({'subject': str(m['subject']), 'to': [a.addr_spec for a in m['to'].addresses],
                  'names': [a.display_name for a in m['to'].addresses],
                  'unsent': m['X-Unsent'], 'multipart': m.get_content_type(), 'defects': len(m.defects),
                  'body': body.get_content(), 'charset': body.get_content_charset(),
                  'cte': body['Content-Transfer-Encoding'], 'attachments': parts}))
)");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, eml});
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace

TEST_CASE("Préparer l'e-mail writes an unsent .eml with the PDF and the .ics that Python reads back",
          "[documents][exchange][email]")
{
    test::TestDatabase fx;
    REQUIRE(demo::generateDemoCouncil(fx.db(), QDate(2026, 6, 15)).ok());
    MeetingFilter filter;
    filter.status = MeetingStatus::Held;
    filter.withDetails = true;
    auto meetings = MeetingRepository(fx.db()).list(filter);
    REQUIRE(meetings.ok());
    const Meeting* meeting = nullptr;
    for (const Meeting& candidate : meetings.value())
        if (candidate.attendance.size() >= 3)
            meeting = &candidate;
    REQUIRE(meeting);
    // Accents and guillemets in the subject need RFC 2047 words.
    auto instance = InstanceRepository(fx.db()).get(meeting->instanceId);
    REQUIRE(instance.ok());
    Instance renamed = instance.value();
    renamed.name = QStringLiteral("Comité « santé mentale & été »");
    REQUIRE(InstanceRepository(fx.db()).update(renamed).ok());

    auto dossier = loadMeetingDossier(fx.db(), meeting->id);
    REQUIRE(dossier.ok());
    auto expected = MeetingEmail::recipients(fx.db(), dossier.value(), DocumentKind::Convocation);
    REQUIRE(expected.ok());
    REQUIRE(expected->size() >= 2);

    QTemporaryDir folder;
    auto eml = MeetingEmail::prepare(fx.db(), meeting->id, DocumentKind::Convocation, folder.path());
    REQUIRE(eml.ok());
    QFile raw(eml.value());
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    CHECK(bytes.contains("X-Unsent: 1\r\n"));
    CHECK(bytes.contains("Subject: =?UTF-8?B?"));
    for (const QByteArray& line : bytes.split('\n'))
        CHECK(line.size() <= 78);

    const QJsonObject parsed = parseWithPython(eml.value());
    CHECK(parsed[QStringLiteral("defects")].toInt() == 0);
    CHECK(parsed[QStringLiteral("unsent")].toString() == QStringLiteral("1"));
    CHECK(parsed[QStringLiteral("multipart")].toString() == QStringLiteral("multipart/mixed"));
    const QString subject = parsed[QStringLiteral("subject")].toString();
    CHECK(subject.contains(QStringLiteral("Comité « santé mentale & été »")));
    CHECK(subject.startsWith(u'[' + dossier->council.name + u']'));
    QStringList to;
    for (const QJsonValue& address : parsed[QStringLiteral("to")].toArray())
        to << address.toString();
    REQUIRE(to.size() == int(expected->size()));
    for (const EmlAddress& address : expected.value())
        CHECK(to.contains(address.address));
    CHECK(parsed[QStringLiteral("names")].toArray().first().toString() == expected->front().name);
    CHECK(parsed[QStringLiteral("charset")].toString() == QStringLiteral("utf-8"));
    CHECK(parsed[QStringLiteral("cte")].toString() == QStringLiteral("quoted-printable"));
    CHECK(parsed[QStringLiteral("body")].toString().contains(QStringLiteral("Comité « santé mentale & été »")));

    const QJsonArray attachments = parsed[QStringLiteral("attachments")].toArray();
    REQUIRE(attachments.size() == 2);
    const QJsonObject pdf = attachments[0].toObject();
    const QJsonObject ics = attachments[1].toObject();
    CHECK(pdf[QStringLiteral("type")].toString() == QStringLiteral("application/pdf"));
    CHECK(pdf[QStringLiteral("filename")].toString().endsWith(QStringLiteral(".pdf")));
    CHECK(pdf[QStringLiteral("filename")].toString().contains(QStringLiteral("santé")));
    CHECK(pdf[QStringLiteral("size")].toInt() == QFileInfo(QString(eml.value()).replace(QStringLiteral(".eml"), QStringLiteral(".pdf"))).size());
    CHECK(ics[QStringLiteral("type")].toString() == QStringLiteral("text/calendar"));
    CHECK(ics[QStringLiteral("size")].toInt() > 200);
}

TEST_CASE("E-mail text: quoted-printable and encoded words follow the RFCs", "[exchange][email]")
{
    CHECK(EmlDraft::encodeWord(QStringLiteral("Plain subject")) == "Plain subject");
    const QByteArray word = EmlDraft::encodeWord(QStringLiteral("Réunion"));
    CHECK(word == "=?UTF-8?B?" + QStringLiteral("Réunion").toUtf8().toBase64() + "?=");
    // Long text is cut in several words, each at most 75 characters.
    const QByteArray words = EmlDraft::encodeWord(QString(80, u'é'));
    for (const QByteArray& part : words.split(' ')) {
        CHECK(part.size() <= 75);
        CHECK(part.startsWith("=?UTF-8?B?"));
    }
    CHECK(EmlDraft::quotedPrintable(QStringLiteral("a=b été ")) == "a=3Db =C3=A9t=C3=A9=20\r\n");
    const QByteArray longLine = EmlDraft::quotedPrintable(QString(200, u'x'));
    for (const QByteArray& line : longLine.split('\n'))
        CHECK(line.size() <= 77); // 76 and the CR
}
