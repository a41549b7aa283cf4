// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/Catch.h"

#include <QFile>
#include <QXmlStreamReader>

namespace {

struct CatalogState {
    int messages = 0;
    QStringList unfinished; ///< "context: source"
};

CatalogState readCatalog(const QString& path)
{
    CatalogState state;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++state.messages;
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                state.unfinished << context + QStringLiteral(": ") + source;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return state;
}

} // namespace

TEST_CASE("The French catalogue is complete", "[translations]")
{
    const CatalogState french = readCatalog(QStringLiteral(MAILLAGE_SOURCE_DIR "/translations/maillage_fr.ts"));
    CHECK(french.messages > 500);
    INFO(french.unfinished.join(u'\n').toStdString());
    CHECK(french.unfinished.isEmpty());
}
