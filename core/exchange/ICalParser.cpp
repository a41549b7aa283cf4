// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ICalContent.h"

#include <optional>

namespace maillage::ical {

const Property* Component::property(const QString& propertyName) const
{
    for (const Property& p : properties)
        if (p.name == propertyName)
            return &p;
    return nullptr;
}

std::vector<const Property*> Component::all(const QString& propertyName) const
{
    std::vector<const Property*> found;
    for (const Property& p : properties)
        if (p.name == propertyName)
            found.push_back(&p);
    return found;
}

Result<Component> parseCalendar(const QByteArray& data)
{
    auto lines = readContentLines(data);
    if (!lines.ok())
        return lines.error();
    std::vector<Component> stack;
    std::optional<Component> calendar;
    for (Property& property : lines.value()) {
        if (property.name == QLatin1String("BEGIN")) {
            const QString name = property.value.trimmed().toUpper();
            if (stack.empty() && (calendar || name != QLatin1String("VCALENDAR")))
                return lineError(property.line, ICalendar::tr("only one VCALENDAR is expected here."));
            stack.push_back(Component{name, property.line, {}, {}});
        } else if (property.name == QLatin1String("END")) {
            const QString name = property.value.trimmed().toUpper();
            if (stack.empty())
                return lineError(property.line, ICalendar::tr("END:%1 closes nothing.").arg(name));
            if (stack.back().name != name)
                return lineError(property.line,
                                 ICalendar::tr("END:%1 found where END:%2 was expected.").arg(name, stack.back().name));
            Component done = std::move(stack.back());
            stack.pop_back();
            if (stack.empty())
                calendar = std::move(done);
            else
                stack.back().children.push_back(std::move(done));
        } else if (stack.empty()) {
            return lineError(property.line,
                             ICalendar::tr("%1 is outside of BEGIN:VCALENDAR … END:VCALENDAR.").arg(property.name));
        } else {
            stack.back().properties.push_back(std::move(property));
        }
    }
    if (!stack.empty())
        return lineError(stack.back().line,
                         ICalendar::tr("BEGIN:%1 is never closed by END:%1.").arg(stack.back().name));
    if (!calendar)
        return Error{
            Error::Kind::Invalid, ICalendar::tr("This is not an iCalendar file: BEGIN:VCALENDAR is missing."), {}};
    return std::move(*calendar);
}

} // namespace maillage::ical
