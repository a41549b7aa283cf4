// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Organisation.h"

#include <QRegularExpression>

namespace maillage {

using namespace validation;

QStringList Sector::validate() const
{
    QStringList problems;
    if (code.trimmed().isEmpty())
        problems << required(tr("Sector code"));
    if (label.trimmed().isEmpty())
        problems << required(tr("Sector"));
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!color.isEmpty() && !colorPattern.match(color).hasMatch())
        problems << tr("The field “%1” must be a colour like #1f77b4.").arg(tr("Colour"));
    return problems;
}

QStringList Organisation::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << required(tr("Organisation name"));
    if (!email.isEmpty() && !looksLikeEmail(email))
        problems << invalidEmail(tr("E-mail"));
    static const QRegularExpression postcodePattern(QStringLiteral("^[0-9][0-9AB][0-9]{3}$"));
    if (!postcode.isEmpty() && !postcodePattern.match(postcode).hasMatch())
        problems << tr("The field “%1” must be a French postcode of 5 characters.").arg(tr("Postcode"));
    static const QRegularExpression siretPattern(QStringLiteral("^[0-9]{14}$"));
    if (!siret.isEmpty() && !siretPattern.match(QString(siret).remove(u' ')).hasMatch())
        problems << tr("The field “%1” must hold 14 digits.").arg(tr("SIRET"));
    static const QRegularExpression finessPattern(QStringLiteral("^[0-9][0-9AB][0-9]{7}$"));
    if (!finess.isEmpty() && !finessPattern.match(QString(finess).remove(u' ').toUpper()).hasMatch())
        problems << tr("The field “%1” must hold 9 characters (digits, 2A or 2B).").arg(tr("FINESS"));
    return problems;
}

} // namespace maillage
