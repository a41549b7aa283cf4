// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/CouncilRepository.h"

#include "core/storage/Database.h"
#include "core/storage/NetworkSupport.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

#include <map>

namespace maillage {

using namespace network_sql;

namespace {

const QString kColumns = QStringLiteral(
    "id, name, short_name, kind, created_on, chairs, coordinator_name, coordinator_fte_percent, coordinator_employer, "
    "coordinator_funding, conventions, situations_enabled, notes, created_at, updated_at, version, alsace_moselle");

void bindCouncil(SqlQuery& query, const Council& value)
{
    query.bind(QStringLiteral(":name"), value.name.trimmed())
        .bind(QStringLiteral(":short_name"), value.shortName.trimmed())
        .bind(QStringLiteral(":kind"), codeOf(value.kind))
        .bind(QStringLiteral(":created_on"), value.createdOn)
        .bind(QStringLiteral(":chairs"), value.chairs)
        .bind(QStringLiteral(":coordinator_name"), value.coordinatorName)
        .bind(QStringLiteral(":coordinator_fte_percent"), value.coordinatorFtePercent)
        .bind(QStringLiteral(":coordinator_employer"), value.coordinatorEmployer)
        .bind(QStringLiteral(":coordinator_funding"), value.coordinatorFunding)
        .bind(QStringLiteral(":conventions"), value.conventions)
        .bind(QStringLiteral(":situations_enabled"), value.situationsEnabled)
        .bind(QStringLiteral(":notes"), value.notes)
        .bind(QStringLiteral(":alsace_moselle"), value.alsaceMoselle);
}

Council readCouncil(const SqlQuery& query)
{
    Council value;
    records::readRecord(query, value);
    value.name = query.text(QStringLiteral("name"));
    value.shortName = query.text(QStringLiteral("short_name"));
    value.kind = enumAt<CouncilKind>(query, QStringLiteral("kind"));
    value.createdOn = query.date(QStringLiteral("created_on"));
    value.chairs = query.text(QStringLiteral("chairs"));
    value.coordinatorName = query.text(QStringLiteral("coordinator_name"));
    value.coordinatorFtePercent = query.integer(QStringLiteral("coordinator_fte_percent"));
    value.coordinatorEmployer = query.text(QStringLiteral("coordinator_employer"));
    value.coordinatorFunding = query.text(QStringLiteral("coordinator_funding"));
    value.conventions = query.text(QStringLiteral("conventions"));
    value.situationsEnabled = query.flag(QStringLiteral("situations_enabled"));
    value.notes = query.text(QStringLiteral("notes"));
    value.alsaceMoselle = query.flag(QStringLiteral("alsace_moselle"));
    return value;
}

QStringList problemsOf(const Council& value)
{
    QStringList problems = value.validate();
    for (const Commune& commune : value.communes)
        problems << commune.validate();
    for (const PsychiatricSector& sector : value.psychiatricSectors)
        problems << sector.validate();
    return problems;
}

Status saveCommune(Database& db, Commune& commune, const QString& now)
{
    const QString what =
        QCoreApplication::translate("maillage::CouncilRepository", "save the commune %1").arg(commune.name);
    if (!commune.isNew()) {
        SqlQuery update(db, QStringLiteral("UPDATE commune SET name = :name, insee_code = :insee_code, population = "
                                           ":population, qpv_count = :qpv_count, valid_from = :valid_from, valid_to = "
                                           ":valid_to, updated_at = :now, version = version + 1 "
                                           "WHERE id = :id AND council_id = :council_id"));
        update.bind(QStringLiteral(":name"), commune.name.trimmed())
            .bind(QStringLiteral(":insee_code"), commune.inseeCode.trimmed())
            .bind(QStringLiteral(":population"), commune.population)
            .bind(QStringLiteral(":qpv_count"), commune.qpvCount)
            .bind(QStringLiteral(":valid_from"), commune.validFrom)
            .bind(QStringLiteral(":valid_to"), commune.validTo)
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":id"), commune.id)
            .bind(QStringLiteral(":council_id"), commune.councilId);
        if (Status status = update.exec(what); !status.ok())
            return status;
        if (update.rowsAffected() > 0) {
            ++commune.version;
            commune.updatedAt = sql::toDateTime(now);
            return {};
        }
        // Not one of this council's rows (copied from elsewhere or deleted): store it as new.
    }
    SqlQuery insert(db, QStringLiteral("INSERT INTO commune (council_id, name, insee_code, population, qpv_count, "
                                       "valid_from, valid_to, created_at, updated_at, version) VALUES (:council_id, "
                                       ":name, :insee_code, :population, :qpv_count, :valid_from, :valid_to, :now, "
                                       ":now, 1) RETURNING id"));
    insert.bind(QStringLiteral(":council_id"), commune.councilId)
        .bind(QStringLiteral(":name"), commune.name.trimmed())
        .bind(QStringLiteral(":insee_code"), commune.inseeCode.trimmed())
        .bind(QStringLiteral(":population"), commune.population)
        .bind(QStringLiteral(":qpv_count"), commune.qpvCount)
        .bind(QStringLiteral(":valid_from"), commune.validFrom)
        .bind(QStringLiteral(":valid_to"), commune.validTo)
        .bind(QStringLiteral(":now"), now);
    auto id = insertReturningId(insert, what);
    if (!id.ok())
        return id.error();
    records::stampInserted(commune, id.value(), now);
    return {};
}

Status savePsychiatricSector(Database& db, PsychiatricSector& sector, const QString& now)
{
    const QString what =
        QCoreApplication::translate("maillage::CouncilRepository", "save the psychiatric sector %1").arg(sector.name);
    if (!sector.isNew()) {
        SqlQuery update(db, QStringLiteral("UPDATE psychiatric_sector SET name = :name, population_kind = "
                                           ":population_kind, establishment = :establishment, valid_from = "
                                           ":valid_from, valid_to = :valid_to, updated_at = :now, version = version "
                                           "+ 1 WHERE id = :id AND council_id = :council_id"));
        update.bind(QStringLiteral(":name"), sector.name.trimmed())
            .bind(QStringLiteral(":population_kind"), codeOf(sector.population))
            .bind(QStringLiteral(":establishment"), sector.establishment)
            .bind(QStringLiteral(":valid_from"), sector.validFrom)
            .bind(QStringLiteral(":valid_to"), sector.validTo)
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":id"), sector.id)
            .bind(QStringLiteral(":council_id"), sector.councilId);
        if (Status status = update.exec(what); !status.ok())
            return status;
        if (update.rowsAffected() > 0) {
            ++sector.version;
            sector.updatedAt = sql::toDateTime(now);
            return {};
        }
    }
    SqlQuery insert(db, QStringLiteral("INSERT INTO psychiatric_sector (council_id, name, population_kind, "
                                       "establishment, valid_from, valid_to, created_at, updated_at, version) VALUES "
                                       "(:council_id, :name, :population_kind, :establishment, :valid_from, "
                                       ":valid_to, :now, :now, 1) RETURNING id"));
    insert.bind(QStringLiteral(":council_id"), sector.councilId)
        .bind(QStringLiteral(":name"), sector.name.trimmed())
        .bind(QStringLiteral(":population_kind"), codeOf(sector.population))
        .bind(QStringLiteral(":establishment"), sector.establishment)
        .bind(QStringLiteral(":valid_from"), sector.validFrom)
        .bind(QStringLiteral(":valid_to"), sector.validTo)
        .bind(QStringLiteral(":now"), now);
    auto id = insertReturningId(insert, what);
    if (!id.ok())
        return id.error();
    records::stampInserted(sector, id.value(), now);
    return {};
}

} // namespace

CouncilRepository::CouncilRepository(Database& db) : m_db(db) {}

Status CouncilRepository::create(Council& value)
{
    if (const QStringList problems = problemsOf(value); !problems.isEmpty())
        return invalid(problems);
    // Work on a copy so that a failed save leaves the caller's value as it was.
    Council saved = value;
    const QString now = sql::nowStamp();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery insert(
        m_db,
        QStringLiteral(
            "INSERT INTO council (name, short_name, kind, created_on, chairs, coordinator_name, "
            "coordinator_fte_percent, "
            "coordinator_employer, coordinator_funding, conventions, situations_enabled, notes, alsace_moselle, "
            "created_at, "
            "updated_at, version) VALUES (:name, :short_name, :kind, :created_on, :chairs, :coordinator_name, "
            ":coordinator_fte_percent, :coordinator_employer, :coordinator_funding, :conventions, :situations_enabled, "
            ":notes, :alsace_moselle, :now, :now, 1) RETURNING id"));
    bindCouncil(insert, saved);
    insert.bind(QStringLiteral(":now"), now);
    auto id =
        insertReturningId(insert, QCoreApplication::translate("maillage::CouncilRepository", "create the council"));
    if (!id.ok())
        return id.error();
    records::stampInserted(saved, id.value(), now);
    for (Commune& commune : saved.communes)
        commune.id = 0; // a new council cannot own existing rows
    for (PsychiatricSector& sector : saved.psychiatricSectors)
        sector.id = 0;
    if (Status status = saveChildren(saved, now); !status.ok())
        return status;
    if (Status status = tx.commit(); !status.ok())
        return status;
    value = std::move(saved);
    return {};
}

Status CouncilRepository::update(Council& value)
{
    if (const QStringList problems = problemsOf(value); !problems.isEmpty())
        return invalid(problems);
    Council saved = value;
    const QString now = sql::nowStamp();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery update(
        m_db,
        QStringLiteral(
            "UPDATE council SET name = :name, short_name = :short_name, kind = :kind, created_on = :created_on, chairs "
            "= "
            ":chairs, coordinator_name = :coordinator_name, coordinator_fte_percent = :coordinator_fte_percent, "
            "coordinator_employer = :coordinator_employer, coordinator_funding = :coordinator_funding, conventions = "
            ":conventions, situations_enabled = :situations_enabled, notes = :notes, alsace_moselle = :alsace_moselle, "
            "updated_at = :now, version = "
            "version + 1 WHERE id = :id AND version = :version"));
    bindCouncil(update, saved);
    update.bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), saved.id)
        .bind(QStringLiteral(":version"), saved.version);
    if (Status status = update.exec(QCoreApplication::translate("maillage::CouncilRepository", "save the council"));
        !status.ok())
        return status;
    if (Status status = records::checkUpdated(m_db, QStringLiteral("council"), saved, update.rowsAffected(), now);
        !status.ok())
        return status;
    if (Status status = saveChildren(saved, now); !status.ok())
        return status;
    if (Status status = tx.commit(); !status.ok())
        return status;
    value = std::move(saved);
    return {};
}

Status CouncilRepository::saveChildren(Council& value, const QString& now)
{
    std::vector<qint64> keptCommunes;
    for (const Commune& commune : value.communes)
        if (!commune.isNew())
            keptCommunes.push_back(commune.id);
    if (Status status =
            deleteChildrenNotIn(m_db, QStringLiteral("commune"), QStringLiteral("council_id"), value.id, keptCommunes,
                                QCoreApplication::translate("maillage::CouncilRepository", "remove a commune"));
        !status.ok())
        return status;
    for (Commune& commune : value.communes) {
        commune.councilId = value.id;
        if (Status status = saveCommune(m_db, commune, now); !status.ok())
            return status;
    }

    std::vector<qint64> keptSectors;
    for (const PsychiatricSector& sector : value.psychiatricSectors)
        if (!sector.isNew())
            keptSectors.push_back(sector.id);
    if (Status status = deleteChildrenNotIn(
            m_db, QStringLiteral("psychiatric_sector"), QStringLiteral("council_id"), value.id, keptSectors,
            QCoreApplication::translate("maillage::CouncilRepository", "remove a psychiatric sector"));
        !status.ok())
        return status;
    for (PsychiatricSector& sector : value.psychiatricSectors) {
        sector.councilId = value.id;
        if (Status status = savePsychiatricSector(m_db, sector, now); !status.ok())
            return status;
    }
    return {};
}

Result<Council> CouncilRepository::get(qint64 id) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM council WHERE id = :id").arg(kColumns));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(QCoreApplication::translate("maillage::CouncilRepository", "read the council"));
        !status.ok())
        return status.error();
    if (!query.next())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("maillage::CouncilRepository", "This council does not exist (any more)."),
            QStringLiteral("council #%1").arg(id)};
    std::vector<Council> councils{readCouncil(query)};
    if (Status status = loadChildren(councils); !status.ok())
        return status.error();
    return std::move(councils.front());
}

Result<std::vector<Council>> CouncilRepository::list() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM council ORDER BY name, id").arg(kColumns));
    if (Status status = query.exec(QCoreApplication::translate("maillage::CouncilRepository", "list the councils"));
        !status.ok())
        return status.error();
    std::vector<Council> councils;
    while (query.next())
        councils.push_back(readCouncil(query));
    if (Status status = loadChildren(councils); !status.ok())
        return status.error();
    return councils;
}

int CouncilRepository::count() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT COUNT(*) FROM council"));
    if (!query.exec(QCoreApplication::translate("maillage::CouncilRepository", "count the councils")).ok() ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<Council> CouncilRepository::first() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT MIN(id) FROM council"));
    if (Status status = query.exec(QCoreApplication::translate("maillage::CouncilRepository", "read the council"));
        !status.ok())
        return status.error();
    if (!query.next() || query.value(0).isNull())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("maillage::CouncilRepository", "This database holds no council yet."),
                     {}};
    return get(query.value(0).toLongLong());
}

Status CouncilRepository::remove(qint64 id)
{
    // The territory, instances and partnerships go with it (ON DELETE CASCADE).
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status status =
            records::deleteById(m_db, QStringLiteral("council"), id,
                                QCoreApplication::translate("maillage::CouncilRepository", "delete the council"));
        !status.ok())
        return status;
    return tx.commit();
}

Status CouncilRepository::loadChildren(std::vector<Council>& councils) const
{
    if (councils.empty())
        return {};
    std::map<qint64, Council*> byId;
    for (Council& council : councils)
        byId[council.id] = &council;
    // One council: filter on it; several: read the whole territory table once.
    const bool single = councils.size() == 1;
    const QString where = single ? QStringLiteral(" WHERE council_id = :council_id") : QString();

    SqlQuery communes(m_db,
                      QStringLiteral("SELECT id, council_id, name, insee_code, population, qpv_count, valid_from, "
                                     "valid_to, created_at, updated_at, version FROM commune%1 "
                                     "ORDER BY council_id, name, id")
                          .arg(where));
    if (single)
        communes.bind(QStringLiteral(":council_id"), councils.front().id);
    if (Status status = communes.exec(QCoreApplication::translate("maillage::CouncilRepository", "read the communes"));
        !status.ok())
        return status;
    while (communes.next()) {
        Commune commune;
        records::readRecord(communes, commune);
        commune.councilId = communes.id(QStringLiteral("council_id"));
        commune.name = communes.text(QStringLiteral("name"));
        commune.inseeCode = communes.text(QStringLiteral("insee_code"));
        commune.population = communes.integer(QStringLiteral("population"));
        commune.qpvCount = communes.integer(QStringLiteral("qpv_count"));
        commune.validFrom = communes.date(QStringLiteral("valid_from"));
        commune.validTo = communes.date(QStringLiteral("valid_to"));
        if (auto it = byId.find(commune.councilId); it != byId.end())
            it->second->communes.push_back(std::move(commune));
    }

    SqlQuery sectors(m_db, QStringLiteral("SELECT id, council_id, name, population_kind, establishment, valid_from, "
                                          "valid_to, created_at, updated_at, version FROM psychiatric_sector%1 "
                                          "ORDER BY council_id, name, id")
                               .arg(where));
    if (single)
        sectors.bind(QStringLiteral(":council_id"), councils.front().id);
    if (Status status =
            sectors.exec(QCoreApplication::translate("maillage::CouncilRepository", "read the psychiatric sectors"));
        !status.ok())
        return status;
    while (sectors.next()) {
        PsychiatricSector sector;
        records::readRecord(sectors, sector);
        sector.councilId = sectors.id(QStringLiteral("council_id"));
        sector.name = sectors.text(QStringLiteral("name"));
        sector.population = enumAt<SectorPopulation>(sectors, QStringLiteral("population_kind"));
        sector.establishment = sectors.text(QStringLiteral("establishment"));
        sector.validFrom = sectors.date(QStringLiteral("valid_from"));
        sector.validTo = sectors.date(QStringLiteral("valid_to"));
        if (auto it = byId.find(sector.councilId); it != byId.end())
            it->second->psychiatricSectors.push_back(std::move(sector));
    }
    return {};
}

} // namespace maillage
