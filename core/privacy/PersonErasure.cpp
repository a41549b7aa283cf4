// SPDX-License-Identifier: EUPL-1.2
#include "core/privacy/PersonErasure.h"

#include "core/storage/Database.h"

namespace maillage {

namespace {
const QString kYearsKey = QStringLiteral("privacy.review_years");
}

QString PersonErasure::replacementName(qint64 contactId)
{
    return tr("Erased person no. %1").arg(contactId);
}

Result<ErasureOutcome> PersonErasure::erase(Database& db, qint64 contactId, const QDate& today)
{
    auto phrases = privacysql::identifyingPhrases(db, contactId);
    if (!phrases)
        return phrases.error();
    return privacysql::erase(db, contactId, replacementName(contactId), phrases.value(), today);
}

int PrivacyReview::years(Database& db)
{
    bool ok = false;
    const int value = privacysql::setting(db, kYearsKey, QString::number(kDefaultYears)).toInt(&ok);
    return ok && value > 0 ? value : kDefaultYears;
}

Status PrivacyReview::setYears(Database& db, int years)
{
    if (years < 1 || years > 30)
        return Error{Error::Kind::Invalid, tr("The review period must be between 1 and 30 years."), {}};
    return privacysql::setSetting(db, kYearsKey, QString::number(years));
}

Result<std::vector<ReviewCandidate>> PrivacyReview::candidates(Database& db, const QDate& today)
{
    return privacysql::reviewCandidates(db, today.addYears(-years(db)));
}

Status PrivacyReview::confirm(Database& db, const std::vector<qint64>& contactIds, const QString& legalBasisCode,
                              const QDate& today)
{
    return privacysql::confirm(db, contactIds, legalBasisCode, today);
}

} // namespace maillage
