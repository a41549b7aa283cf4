// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace maillage::ical {

/// The translation context of the iCalendar reader and writer.
struct ICalendar {
    Q_DECLARE_TR_FUNCTIONS(ICalendar)
};

/// One unfolded content line of an iCalendar file (RFC 5545 §3.1): NAME;PARAM=value:VALUE.
struct Property {
    int line = 0;  ///< 1-based number of its first physical line, for error messages
    QString name;  ///< upper case
    std::vector<std::pair<QString, QString>> params; ///< names upper case, values without quotes
    QString value; ///< as written (text still escaped)

    QString param(const QString& paramName) const;
    /// The value with \\ \; \, \n unescaped (TEXT values).
    QString text() const;
};

/// A component (VCALENDAR, VEVENT, VTIMEZONE…) with its properties and sub-components.
struct Component {
    QString name;
    int line = 0;
    std::vector<Property> properties;
    std::vector<Component> children;

    const Property* property(const QString& propertyName) const;
    std::vector<const Property*> all(const QString& propertyName) const;
};

/// An Error of kind Invalid that names the line ("Line 12: …").
Error lineError(int line, const QString& message);

/// Splits the file into unfolded content lines: accepts a UTF-8 BOM, CRLF or LF endings and folded
/// continuation lines (a leading space or tab). A line without a colon is refused with its number.
Result<std::vector<Property>> readContentLines(const QByteArray& data);

/// Builds the component tree. The file must hold exactly one VCALENDAR; components must be closed
/// in order (an END that does not match, or a component left open, is refused with its line).
Result<Component> parseCalendar(const QByteArray& data);

QString escapeText(const QString& text);
QString unescapeText(const QString& text);

} // namespace maillage::ical
