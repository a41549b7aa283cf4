// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/DocumentText.h"

#include "core/settings/Language.h"

#include <QLocale>

namespace maillage {

namespace {
// French dates, unless the interface was switched to English (core/settings/Language): a document then
// speaks English throughout, dates included.
bool english()
{
    return language::current() == QLatin1String("en");
}

const QLocale& french()
{
    static const QLocale fr(QLocale::French, QLocale::France);
    static const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    return english() ? en : fr;
}
} // namespace

QString DocumentText::longDate(const QDate& day)
{
    return day.isValid() ? french().toString(day, QStringLiteral("dddd d MMMM yyyy")) : QString();
}

QString DocumentText::shortDate(const QDate& day)
{
    return day.isValid() ? french().toString(day, QStringLiteral("dd/MM/yyyy")) : QString();
}

QString DocumentText::time(const QTime& time)
{
    if (!time.isValid())
        return {};
    return french().toString(time, english() ? QStringLiteral("HH:mm") : QStringLiteral("H' h 'mm"));
}

QString DocumentText::when(const QDateTime& start, const QDateTime& end)
{
    if (!start.isValid())
        return {};
    if (end.isValid() && end.date() == start.date() && end > start)
        return tr("%1, from %2 to %3").arg(longDate(start.date()), time(start.time()), time(end.time()));
    return tr("%1 at %2").arg(longDate(start.date()), time(start.time()));
}

QString DocumentText::duration(int minutes)
{
    if (minutes <= 0)
        return {};
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return QStringLiteral("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString DocumentText::escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

} // namespace maillage
