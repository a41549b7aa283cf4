// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ContactRecords.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace maillage::contacts {

namespace {

// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F (typographic quotes, €, œ…); 0 marks unused bytes.
constexpr char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

} // namespace

QString decodeWindows1252(const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        if (code >= 0x80 && code < 0xA0)
            text += kCp1252High[code - 0x80] ? QChar(kCp1252High[code - 0x80]) : QChar(QChar::ReplacementCharacter);
        else
            text += QChar(code);
    }
    return text;
}

QString decodeText(const QByteArray& bytes, bool* wasUtf8)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    const bool valid = !utf8.hasError();
    if (wasUtf8)
        *wasUtf8 = valid;
    return valid ? text : decodeWindows1252(bytes);
}

Result<QByteArray> readContactFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("maillage::contacts", "The file %1 does not exist.").arg(path),
                     {}};
    if (info.size() > kMaxFileBytes)
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate(
                         "maillage::contacts", "The file %1 is too big (%2 MB): contact files over %3 MB are refused.")
                         .arg(info.fileName())
                         .arg(info.size() / (1024 * 1024))
                         .arg(kMaxFileBytes / (1024 * 1024)),
                     path};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("maillage::contacts", "The file %1 cannot be read.").arg(path),
                     file.errorString()};
    return file.readAll();
}

} // namespace maillage::contacts
