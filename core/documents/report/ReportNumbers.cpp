// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/report/ReportNumbers.h"

#include <QLocale>

#include <cmath>

namespace maillage::reportNumbers {

namespace {

const QLocale& french()
{
    static const QLocale locale(QLocale::French, QLocale::France);
    return locale;
}

} // namespace

QString integer(qint64 value)
{
    return french().toString(value);
}

QString decimal(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    if (rounded == std::floor(rounded))
        return french().toString(qint64(rounded));
    QString text = french().toString(rounded, 'f', decimals);
    while (text.endsWith(u'0'))
        text.chop(1);
    return text;
}

QString percent(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("–");
    return french().toString(qint64(std::lround(*value))) + QStringLiteral("\u00a0%");
}

QString money(qint64 cents)
{
    const QString euros = french().toString(cents / 100);
    const qint64 rest = std::llabs(cents % 100);
    if (rest == 0)
        return euros + QStringLiteral("\u00a0€");
    return euros + french().decimalPoint() + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0')) +
           QStringLiteral("\u00a0€");
}

QString masked(const std::optional<int>& count)
{
    return count ? integer(*count) : QStringLiteral("<\u00a05");
}

QString optional(const std::optional<double>& value)
{
    return value ? decimal(*value) : QStringLiteral("–");
}

} // namespace maillage::reportNumbers
