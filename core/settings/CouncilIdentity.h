// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <map>

namespace maillage {

class Database;

/// How the council presents itself on its documents: name, address, logo, signatory and footer.
/// Stored in council_setting under "identity/…" and "documents/…" keys.
struct CouncilIdentity {
    Q_DECLARE_TR_FUNCTIONS(CouncilIdentity)

public:
    QString documentName;   ///< the council's name on documents; empty: the council's own name
    QString address;        ///< postal address, one line per line
    QString signatoryName;  ///< who signs the convocations
    QString signatoryTitle; ///< "La coordinatrice du CLSM", "Le président"
    QByteArray logo;        ///< PNG, JPEG or SVG file content, empty for none
    QString footerText;     ///< the default footer of every document
    bool pdfA = false;      ///< minutes and reports written as PDF/A-1b for the archives

    /// The logo may be at most this big on disk: it is stored in the database.
    static constexpr qsizetype kMaxLogoBytes = 512 * 1024;

    /// Whether bytes are a PNG, JPEG or SVG image Maillage can draw, small enough to store.
    static Status validateLogo(const QByteArray& bytes);
    /// The logo drawn, at most `maxSide` pixels on its longer side for SVG; null when there is none.
    QImage logoImage(int maxSide = 600) const;
    bool isEmpty() const;

    /// The settings rows this identity is saved as.
    std::map<QString, QString> values() const;
    static Result<CouncilIdentity> load(Database& db, qint64 councilId);
    /// Saves every field in one transaction; refuses an invalid logo.
    Status save(Database& db, qint64 councilId) const;

    static QString keyDocumentName() { return QStringLiteral("identity/name"); }
    static QString keyAddress() { return QStringLiteral("identity/address"); }
    static QString keySignatoryName() { return QStringLiteral("identity/signatory_name"); }
    static QString keySignatoryTitle() { return QStringLiteral("identity/signatory_title"); }
    static QString keyLogo() { return QStringLiteral("identity/logo"); }
    static QString keyFooter() { return QStringLiteral("documents/footer"); }
    static QString keyPdfA() { return QStringLiteral("documents/pdfa"); }
};

} // namespace maillage
