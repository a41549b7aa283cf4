// SPDX-License-Identifier: EUPL-1.2
#include "core/settings/CouncilIdentity.h"

#include "core/storage/CouncilSettingsRepository.h"

#include <QBuffer>
#include <QImageReader>

namespace maillage {

namespace {

const QList<QByteArray>& acceptedFormats()
{
    static const QList<QByteArray> formats{"png", "jpeg", "jpg", "svg"};
    return formats;
}

} // namespace

Status CouncilIdentity::validateLogo(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return {};
    if (bytes.size() > kMaxLogoBytes)
        return Error{Error::Kind::Invalid,
                     tr("The logo is too big (%1 KB): choose an image of at most %2 KB.")
                         .arg(bytes.size() / 1024)
                         .arg(kMaxLogoBytes / 1024),
                     {}};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    if (!reader.canRead() || !acceptedFormats().contains(format))
        return Error{Error::Kind::Invalid, tr("The logo must be a PNG, JPEG or SVG image."),
                     QStringLiteral("format: '%1'").arg(QString::fromLatin1(format))};
    const QImage image = reader.read();
    if (image.isNull() || image.width() < 8 || image.height() < 8)
        return Error{Error::Kind::Invalid, tr("The logo could not be read as an image."), reader.errorString()};
    return {};
}

QImage CouncilIdentity::logoImage(int maxSide) const
{
    if (logo.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(logo);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize natural = reader.size();
    // Vector logos are drawn at the size asked for; bitmaps keep their own pixels.
    if (reader.format() == "svg" && natural.isValid())
        reader.setScaledSize(natural.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    return reader.read();
}

bool CouncilIdentity::isEmpty() const
{
    return documentName.isEmpty() && address.isEmpty() && signatoryName.isEmpty() && signatoryTitle.isEmpty()
           && logo.isEmpty() && footerText.isEmpty();
}

Result<CouncilIdentity> CouncilIdentity::load(Database& db, qint64 councilId)
{
    auto values = CouncilSettingsRepository(db).all(councilId);
    if (!values.ok())
        return values.error();
    const auto value = [&](const QString& key) {
        auto found = values->find(key);
        return found == values->end() ? QString() : found->second;
    };
    CouncilIdentity identity;
    identity.documentName = value(keyDocumentName());
    identity.address = value(keyAddress());
    identity.signatoryName = value(keySignatoryName());
    identity.signatoryTitle = value(keySignatoryTitle());
    identity.logo = QByteArray::fromBase64(value(keyLogo()).toLatin1());
    identity.footerText = value(keyFooter());
    identity.pdfA = value(keyPdfA()) == QLatin1String("1");
    return identity;
}

std::map<QString, QString> CouncilIdentity::values() const
{
    return {
        {keyDocumentName(), documentName.trimmed()},
        {keyAddress(), address.trimmed()},
        {keySignatoryName(), signatoryName.trimmed()},
        {keySignatoryTitle(), signatoryTitle.trimmed()},
        {keyLogo(), QString::fromLatin1(logo.toBase64())},
        {keyFooter(), footerText.trimmed()},
        {keyPdfA(), pdfA ? QStringLiteral("1") : QStringLiteral("0")},
    };
}

Status CouncilIdentity::save(Database& db, qint64 councilId) const
{
    if (Status valid = validateLogo(logo); !valid.ok())
        return valid;
    return CouncilSettingsRepository(db).save(councilId, values());
}

} // namespace maillage
