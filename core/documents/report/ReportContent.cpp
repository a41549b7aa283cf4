// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/report/ReportContent.h"

#include "core/storage/CouncilRepository.h"
#include "core/storage/ReportTextRepository.h"

#include <QCoreApplication>

#include <algorithm>

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

Result<ReportContent> loadReportContent(Database& db, const ReportRequest& request, const ReportProgress& progress)
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
    progress.step(2, QCoreApplication::translate("maillage::ReportContent", "Computing the figures"));
    auto figures = computeReportFigures(db, period, ids);
    if (!figures.ok())
        return figures.error();
    content.figures = std::move(figures.value());
    if (ids.size() > 1)
        for (size_t i = 0; i < ids.size(); ++i) {
            if (progress.cancelled())
                return ReportProgress::cancelledError();
            progress.step(10 + int(25 * i / ids.size()),
                          QCoreApplication::translate("maillage::ReportContent", "Figures of council %1 of %2")
                              .arg(i + 1)
                              .arg(ids.size()));
            auto one = computeReportFigures(db, period, {ids[i]}, false); // a line of the comparison
            if (!one.ok())
                return one.error();
            content.perCouncil.push_back(std::move(one.value()));
        }
    if (progress.cancelled())
        return ReportProgress::cancelledError();
    progress.step(36, QCoreApplication::translate("maillage::ReportContent", "Drawing the partner network"));
    QStringList names;
    for (qint64 id : ids) {
        QString name;
        for (const Council& council : councils.value())
            if (council.id == id)
                name = council.name;
        names << name;
    }
    auto network = computeReportNetwork(db, period, ids, names, progress);
    if (!network.ok())
        return network.error();
    content.network = std::move(network.value());
    progress.step(48, QCoreApplication::translate("maillage::ReportContent", "Reading the free texts"));
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
