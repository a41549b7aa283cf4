// SPDX-License-Identifier: EUPL-1.2
#include "core/report/IndicatorCsv.h"

#include "core/domain/ActionPlan.h"
#include "core/storage/CouncilRepository.h"

#include <QSaveFile>

#include <set>

namespace maillage {

namespace {

QString cell(QString text)
{
    text.replace(u'\n', u' ');
    if (text.contains(u';') || text.contains(u'"'))
        return u'"' + text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return text;
}

QString rate(const Turnout& turnout)
{
    const auto value = turnout.rate();
    return value ? QString::number(qRound(*value * 10) / 10.0, 'f', 1).replace(u'.', u',') : QString();
}

int held(const ReportFigures& f, std::initializer_list<InstanceKind> kinds, bool inside)
{
    int n = 0;
    for (const InstanceFigures& i : f.instances)
        if ((std::find(kinds.begin(), kinds.end(), i.kind) != kinds.end()) == inside)
            n += i.held;
    return n;
}

} // namespace

QByteArray IndicatorCsv::build(const std::vector<ReportFigures>& perCouncil)
{
    // Sector columns: every sector of the database, in its order.
    std::vector<std::pair<QString, QString>> sectors;
    std::set<QString> seen;
    for (const ReportFigures& f : perCouncil)
        for (const SectorFigures& s : f.sectors)
            if (seen.insert(s.code).second)
                sectors.emplace_back(s.code, s.label);
    QStringList header{tr("Council"),
                       tr("Communes"),
                       tr("Population"),
                       tr("Priority neighbourhoods (QPV)"),
                       tr("Psychiatric sectors"),
                       tr("Instances that met"),
                       tr("Plenary assemblies held"),
                       tr("Steering committees held"),
                       tr("Other meetings held"),
                       tr("Meetings cancelled"),
                       tr("Chairs"),
                       tr("Attendance rate (%)")};
    const Pillar pillars[] = {Pillar::Elected, Pillar::Psychiatry, Pillar::User, Pillar::Carer};
    for (Pillar p : pillars)
        header << tr("Pillar %1: contacts").arg(labelOf(p)) << tr("Pillar %1: attendance rate (%)").arg(labelOf(p));
    header << tr("Active partner organisations") << tr("New partner organisations");
    for (const auto& sector : sectors)
        header << tr("Partners: %1").arg(sector.second);
    header << tr("Action sheets") << tr("Action sheets done") << tr("Action sheets in progress") << tr("Themes");
    header << tr("SISM events") << tr("SISM participants") << tr("PSSM trainings") << tr("People trained (PSSM)")
           << tr("Other events") << tr("Participants in other events");
    header << tr("Situations examined") << tr("Coordinator (FTE %)") << tr("Coordinator's employer") << tr("Funders");

    QStringList lines;
    QStringList escaped;
    for (const QString& h : header)
        escaped << cell(h);
    lines << escaped.join(u';');
    for (const ReportFigures& f : perCouncil) {
        const CouncilProfile identity = f.identities.empty() ? CouncilProfile{} : f.identities.front();
        QStringList row{identity.name,
                        QString::number(f.communes),
                        QString::number(f.population),
                        QString::number(f.priorityNeighbourhoods),
                        QString::number(f.psychiatricSectors),
                        QString::number(std::count_if(f.instances.begin(), f.instances.end(),
                                                      [](const InstanceFigures& i) { return i.held > 0; })),
                        QString::number(held(f, {InstanceKind::Plenary}, true)),
                        QString::number(held(f, {InstanceKind::SteeringCommittee}, true)),
                        QString::number(held(f, {InstanceKind::Plenary, InstanceKind::SteeringCommittee}, false)),
                        QString::number(f.meetingsCancelled),
                        identity.chairs,
                        rate(f.turnout)};
        for (Pillar p : pillars)
            for (const PillarFigures& figures : f.pillars)
                if (figures.pillar == p)
                    row << QString::number(figures.contacts) << rate(figures.turnout);
        row << QString::number(f.activeOrganisations) << QString::number(f.newOrganisations);
        for (const auto& sector : sectors) {
            int n = 0;
            for (const SectorFigures& s : f.sectors)
                if (s.code == sector.first)
                    n = s.organisations;
            row << QString::number(n);
        }
        int done = 0, running = 0;
        for (const auto& [status, count] : f.sheetsByStatus) {
            if (status == codeOf(SheetStatus::Done))
                done = count;
            if (status == codeOf(SheetStatus::InProgress))
                running = count;
        }
        QStringList themes;
        for (const SheetEntry& s : f.actionSheets)
            if (!themes.contains(s.axis))
                themes << s.axis;
        row << QString::number(f.sheets) << QString::number(done) << QString::number(running) << themes.join(u" | ");
        EventKindFigures sism, pssm, other;
        for (const EventKindFigures& e : f.events) {
            EventKindFigures& into = e.kind == EventKind::Sism ? sism : e.kind == EventKind::PssmTraining ? pssm : other;
            into.events += e.events;
            into.participants += e.participants;
            into.peopleTrained += e.peopleTrained;
        }
        row << QString::number(sism.events) << QString::number(sism.participants) << QString::number(pssm.events)
            << QString::number(pssm.peopleTrained) << QString::number(other.events)
            << QString::number(other.participants);
        row << (f.situationsExamined ? QString::number(*f.situationsExamined) : QStringLiteral("<5"))
            << QString::number(identity.coordinatorFtePercent) << identity.coordinatorEmployer
            << identity.funders.join(u" | ");
        QStringList cells;
        for (const QString& value : row)
            cells << cell(value);
        lines << cells.join(u';');
    }
    return QByteArray("\xEF\xBB\xBF") + (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

Status IndicatorCsv::write(Database& db, const ReportPeriod& period, const std::vector<qint64>& councilIds,
                           const QString& path)
{
    std::vector<qint64> ids = councilIds;
    if (ids.empty()) {
        auto councils = CouncilRepository(db).list();
        if (!councils.ok())
            return councils.error();
        for (const Council& council : councils.value())
            ids.push_back(council.id);
    }
    std::vector<ReportFigures> perCouncil;
    for (qint64 id : ids) {
        auto figures = computeReportFigures(db, period, {id});
        if (!figures.ok())
            return figures.error();
        if (figures.value().identities.empty())
            return Error{Error::Kind::NotFound, tr("There is no council number %1.").arg(id), {}};
        perCouncil.push_back(std::move(figures.value()));
    }
    QSaveFile file(path);
    const QByteArray bytes = build(perCouncil);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Error::Kind::Io, tr("Could not write the indicators to %1.").arg(path), file.errorString()};
    return {};
}

} // namespace maillage
