// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/EmlDraft.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>
#include <cstdlib>

namespace maillage {

namespace {

const QByteArray kCrlf = QByteArrayLiteral("\r\n");

bool isPlainAscii(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() < 32 || c.unicode() > 126)
            return false;
    return true;
}

/// Folds a header so that no line passes 78 characters, breaking at the spaces between words.
QByteArray header(const QByteArray& name, const QByteArray& value)
{
    QByteArray out = name + ": ";
    int lineLength = int(out.size());
    const QList<QByteArray> words = value.split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray& word = words[i];
        if (i > 0) {
            if (lineLength + 1 + word.size() > 78) {
                out += kCrlf + ' ';
                lineLength = 1;
            } else {
                out += ' ';
                ++lineLength;
            }
        }
        out += word;
        lineLength += int(word.size());
    }
    return out + kCrlf;
}

QByteArray address(const EmlAddress& a)
{
    const QString name = a.name.trimmed();
    if (name.isEmpty())
        return a.address.trimmed().toLatin1();
    QByteArray phrase = EmlDraft::encodeWord(name);
    // A plain ASCII name with specials (a comma, a dot) must be quoted (RFC 5322 phrase).
    const QByteArrayView specials(",;:<>@\"()[]\\.");
    bool special = false;
    for (char c : phrase)
        special = special || specials.contains(c);
    if (special && !phrase.startsWith("=?"))
        phrase = '"' + phrase.replace('\\', "\\\\").replace('"', "\\\"") + '"';
    return phrase + " <" + a.address.trimmed().toLatin1() + '>';
}

QByteArray rfc5322Date(const QDateTime& when)
{
    const int offset = when.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? u'-' : u'+')
                             .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")) + zone).toLatin1();
}

QByteArray base64Lines(const QByteArray& content)
{
    const QByteArray encoded = content.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + kCrlf;
    return out;
}

QByteArray asciiName(const QString& fileName)
{
    QByteArray ascii;
    for (QChar c : fileName)
        ascii += (c.unicode() >= 32 && c.unicode() < 127 && c != u'"' && c != u'\\') ? char(c.unicode()) : '_';
    return ascii;
}

/// RFC 2231 file name, one folded line per parameter: ASCII as is, anything else percent-encoded UTF-8 in
/// continuations short enough for 78-character lines.
QByteArray fileNameParameters(const QString& fileName)
{
    if (isPlainAscii(fileName))
        return ";" + kCrlf + " filename=\"" + asciiName(fileName) + '"';
    const QByteArray encoded = fileName.toUtf8().toPercentEncoding("-_.");
    QByteArray out;
    int part = 0;
    for (qsizetype i = 0; i < encoded.size();) {
        qsizetype length = std::min<qsizetype>(56, encoded.size() - i);
        // Never cut a %XX escape in two.
        if (i + length < encoded.size()) {
            if (encoded[i + length - 1] == '%')
                length -= 1;
            else if (encoded[i + length - 2] == '%')
                length -= 2;
        }
        out += ";" + kCrlf + " filename*" + QByteArray::number(part) + "*=" + (part == 0 ? "UTF-8''" : "")
               + encoded.mid(i, length);
        i += length;
        ++part;
    }
    return out;
}

} // namespace

QByteArray EmlDraft::encodeWord(const QString& text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // Encoded words (RFC 2047 allows 75 characters), never cutting a UTF-8 sequence.
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += ' ';
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one = text.at(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            one += text.at(++i);
        const QByteArray bytes = one.toUtf8();
        if ((chunk.size() + bytes.size() + 2) / 3 * 4 > 48) // words of at most 60 characters fit any header line
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

QByteArray EmlDraft::quotedPrintable(const QString& text)
{
    QByteArray out;
    const QList<QByteArray> lines = text.toUtf8().replace("\r\n", "\n").split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray& line = lines[l];
        QByteArray encoded;
        int length = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line[i]);
            const bool last = i == line.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            if (length + piece.size() > 75) { // soft line break: "=" ends a line of at most 76
                encoded += "=" + kCrlf;
                length = 0;
            }
            encoded += piece;
            length += int(piece.size());
        }
        out += encoded;
        if (l < lines.size() - 1)
            out += kCrlf;
    }
    return out + kCrlf;
}

QByteArray EmlDraft::toMime() const
{
    const QByteArray boundary =
        "maillage-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "-boundary";
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTime();
    QByteArray out;
    if (!from.address.isEmpty())
        out += header("From", address(from));
    QByteArrayList recipients;
    for (const EmlAddress& a : to)
        if (!a.address.trimmed().isEmpty())
            recipients << address(a);
    if (!recipients.isEmpty())
        out += header("To", recipients.join(", "));
    out += header("Subject", encodeWord(subject));
    // RFC 5322 dates are in English whatever the interface language.
    out += header("Date", rfc5322Date(when));
    out += header("Message-ID", '<' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@maillage.local>");
    out += header("MIME-Version", "1.0");
    out += header("X-Unsent", "1");
    out += header("X-Mailer", "Maillage");
    out += header("Content-Type", "multipart/mixed; boundary=\"" + boundary + '"');
    out += kCrlf;
    out += "This is a multi-part message in MIME format." + kCrlf + kCrlf;

    out += "--" + boundary + kCrlf;
    out += "Content-Type: text/plain; charset=UTF-8" + kCrlf;
    out += "Content-Transfer-Encoding: quoted-printable" + kCrlf + kCrlf;
    out += quotedPrintable(body);
    for (const EmlAttachment& attachment : attachments) {
        out += kCrlf + "--" + boundary + kCrlf;
        out += "Content-Type: " + attachment.mimeType + ";" + kCrlf + " name=\"" + asciiName(attachment.fileName)
               + '"' + kCrlf;
        out += "Content-Transfer-Encoding: base64" + kCrlf;
        out += "Content-Disposition: attachment" + fileNameParameters(attachment.fileName) + kCrlf + kCrlf;
        out += base64Lines(attachment.content);
    }
    out += kCrlf + "--" + boundary + "--" + kCrlf;
    return out;
}

Status EmlDraft::write(const QString& path) const
{
    QSaveFile file(path);
    const QByteArray message = toMime();
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size() || !file.commit())
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("maillage::EmlDraft", "Could not write the e-mail %1.").arg(path),
                     file.errorString()};
    return {};
}

} // namespace maillage
