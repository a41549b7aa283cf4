// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/report/ReportContent.h"

#include "core/storage/CouncilRepository.h"
#include "core/storage/ReportTextRepository.h"

#include <QCoreApplication>

namespace maillage {

QString ReportContent::text(qint64 councilId, ReportSection section) const
{
    const auto found = texts.find(councilId);
    if (found == texts.end())
        return {};
    for (const ReportText& text : found->second)
        if (text.section == section)
            return text.body.trimmed();
    return {};
}

Result<ReportContent> loadReportContent(Database& db, const ReportRequest& request)
{
    const ReportPeriod& period = request.period;
    if (!period.from.isValid() || !period.to.isValid())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("maillage::ReportContent", "Give the first and the last day of the "
                                                                            "report's period."),
                     {}};
    if (period.to < period.from)
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("maillage::ReportContent",
                                                 "The period of the report ends on %1, before it starts on %2.")
                         .arg(period.to.toString(QStringLiteral("dd/MM/yyyy")),
                              period.from.toString(QStringLiteral("dd/MM/yyyy"))),
                     {}};
    std::vector<qint64> ids = request.councilIds;
    auto councils = CouncilRepository(db).list();
    if (!councils.ok())
        return councils.error();
    if (ids.empty())
        for (const Council& council : councils.value())
            ids.push_back(council.id);
    for (qint64 id : ids) {
        const bool known = std::any_of(councils.value().begin(), councils.value().end(),
                                       [id](const Council& council) { return council.id == id; });
        if (!known)
            return Error{Error::Kind::NotFound,
                         QCoreApplication::translate("maillage::ReportContent", "There is no council number %1.")
                             .arg(id),
                         {}};
    }
    ReportContent content;
    content.generatedOn = QDate::currentDate();
    content.textYear = period.from.year();
    auto figures = computeReportFigures(db, period, ids);
    if (!figures.ok())
        return figures.error();
    content.figures = std::move(figures.value());
    if (ids.size() > 1)
        for (qint64 id : ids) {
            auto one = computeReportFigures(db, period, {id});
            if (!one.ok())
                return one.error();
            content.perCouncil.push_back(std::move(one.value()));
        }
    ReportTextRepository texts(db);
    for (qint64 id : ids) {
        auto list = texts.list(id, content.textYear);
        if (!list.ok())
            return list.error();
        content.texts[id] = list.value();
    }
    return content;
}

} // namespace maillage
