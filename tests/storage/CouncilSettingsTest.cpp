// SPDX-License-Identifier: EUPL-1.2
#include "core/settings/CouncilIdentity.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/CouncilSettingsRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

using namespace maillage;

namespace {

qint64 newCouncil(Database& db, const QString& name)
{
    Council council;
    council.name = name;
    REQUIRE(CouncilRepository(db).create(council).ok());
    return council.id;
}

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(QColor(0x1f, 0x3a, 0x5f));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

TEST_CASE("Council settings keep typed values per council and update in place", "[db][settings]")
{
    test::TestDatabase fx;
    const qint64 first = newCouncil(fx.db(), QStringLiteral("CLSM de Bellerive"));
    const qint64 second = newCouncil(fx.db(), QStringLiteral("CLSM du Val"));
    CouncilSettingsRepository settings(fx.db());

    CHECK(settings.integer(first, QStringLiteral("privacy/inactive_years"), 3).value() == 3);
    REQUIRE(settings.setInteger(first, QStringLiteral("privacy/inactive_years"), 5).ok());
    REQUIRE(settings.setFlag(first, QStringLiteral("documents/pdfa"), true).ok());
    REQUIRE(settings.setText(first, QStringLiteral("documents/footer"), QStringLiteral("Mairie — « CLSM »")).ok());
    CHECK(settings.integer(first, QStringLiteral("privacy/inactive_years"), 3).value() == 5);
    CHECK(settings.flag(first, QStringLiteral("documents/pdfa"), false).value());
    CHECK(settings.text(first, QStringLiteral("documents/footer")).value() == QStringLiteral("Mairie — « CLSM »"));
    // The other council sees none of it.
    CHECK(settings.integer(second, QStringLiteral("privacy/inactive_years"), 3).value() == 3);
    CHECK(settings.all(second)->empty());

    // A second save updates the row instead of adding one.
    REQUIRE(settings.setInteger(first, QStringLiteral("privacy/inactive_years"), 2).ok());
    CHECK(settings.integer(first, QStringLiteral("privacy/inactive_years"), 3).value() == 2);
    CHECK(settings.all(first)->size() == 3);
    REQUIRE(settings.remove(first, QStringLiteral("documents/pdfa")).ok());
    CHECK_FALSE(settings.flag(first, QStringLiteral("documents/pdfa"), false).value());
    CHECK_FALSE(settings.setText(first, QStringLiteral("  "), QStringLiteral("x")).ok());
}

TEST_CASE("A save of several settings is all or nothing", "[db][settings]")
{
    test::TestDatabase fx;
    const qint64 council = newCouncil(fx.db(), QStringLiteral("CLSM de Bellerive"));
    CouncilSettingsRepository settings(fx.db());
    // The empty key fails after the first one was written: the first is rolled back.
    const Status saved =
        settings.save(council, {{QStringLiteral("a/first"), QStringLiteral("1")}, {QString(), QStringLiteral("2")}});
    CHECK_FALSE(saved.ok());
    CHECK(settings.all(council)->empty());
}

TEST_CASE("The council identity round-trips with its logo", "[db][settings]")
{
    test::TestDatabase fx;
    const qint64 council = newCouncil(fx.db(), QStringLiteral("CLSM de Bellerive"));
    CouncilIdentity identity;
    identity.documentName = QStringLiteral("Conseil local de santé mentale de Bellerive");
    identity.address = QStringLiteral("Hôtel de ville\n1 place de la République\n69000 Bellerive");
    identity.signatoryName = QStringLiteral("Claire Fontaine");
    identity.signatoryTitle = QStringLiteral("La coordinatrice du CLSM");
    identity.logo = pngBytes(120, 60);
    identity.footerText = QStringLiteral("CLSM de Bellerive — 04 00 00 00 00");
    identity.pdfA = true;
    REQUIRE(identity.save(fx.db(), council).ok());

    auto loaded = CouncilIdentity::load(fx.db(), council);
    REQUIRE(loaded.ok());
    CHECK(loaded->documentName == identity.documentName);
    CHECK(loaded->address == identity.address);
    CHECK(loaded->signatoryName == identity.signatoryName);
    CHECK(loaded->signatoryTitle == identity.signatoryTitle);
    CHECK(loaded->footerText == identity.footerText);
    CHECK(loaded->pdfA);
    CHECK(loaded->logo == identity.logo);
    CHECK(loaded->logoImage().size() == QSize(120, 60));
}

TEST_CASE("Logos that are not PNG, JPEG or SVG images, or too big, are refused", "[settings]")
{
    CHECK(CouncilIdentity::validateLogo({}).ok()); // no logo at all
    CHECK(CouncilIdentity::validateLogo(pngBytes(64, 64)).ok());
    const QByteArray svg = "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'>"
                           "<rect width='40' height='20' fill='#1f3a5f'/></svg>";
    CHECK(CouncilIdentity::validateLogo(svg).ok());

    CHECK_FALSE(CouncilIdentity::validateLogo("this is not an image at all").ok());
    QByteArray truncated = pngBytes(64, 64);
    truncated.truncate(30);
    CHECK_FALSE(CouncilIdentity::validateLogo(truncated).ok());
    QByteArray huge = pngBytes(64, 64);
    huge.append(QByteArray(CouncilIdentity::kMaxLogoBytes, '\0'));
    const Status tooBig = CouncilIdentity::validateLogo(huge);
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().message.contains(QStringLiteral("KB")));

    test::TestDatabase fx;
    const qint64 council = newCouncil(fx.db(), QStringLiteral("CLSM"));
    CouncilIdentity junk;
    junk.logo = "GIF89a not really";
    CHECK_FALSE(junk.save(fx.db(), council).ok());
    CHECK(CouncilSettingsRepository(fx.db()).all(council)->empty());
}
