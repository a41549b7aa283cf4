// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/SectorRepository.h"

#include "core/storage/Database.h"
#include "core/storage/NetworkSupport.h"
#include "core/storage/RecordSql.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace maillage {

using namespace network_sql;

namespace {

const QString kSelect =
    QStringLiteral("SELECT id, code, label, position, color, created_at, updated_at, version FROM sector");

Sector readSector(const SqlQuery& query)
{
    Sector value;
    records::readRecord(query, value);
    value.code = query.text(QStringLiteral("code"));
    value.label = query.text(QStringLiteral("label"));
    value.position = query.integer(QStringLiteral("position"));
    value.color = query.text(QStringLiteral("color"));
    return value;
}

QString storedColor(const Sector& value)
{
    return value.color.isEmpty() ? QStringLiteral("#888888") : value.color.toLower();
}

struct DefaultSector
{
    const char* code;
    const char* label; // UTF-8, French: the list is data that the coordinator may rename
    const char* color;
};

// DESIGN.md's list, in its order; colours chosen to stay apart on charts and readable on white.
constexpr DefaultSector kDefaults[] = {
    {"elus_collectivites", "Élus et collectivités", "#1f77b4"},
    {"psychiatrie_publique", "Psychiatrie publique", "#d62728"},
    {"autre_sanitaire", "Autre sanitaire", "#ff7f0e"},
    {"medico_social", "Médico-social", "#2ca02c"},
    {"social", "Social", "#9467bd"},
    {"logement_hebergement", "Logement et hébergement", "#8c564b"},
    {"education_jeunesse", "Éducation et jeunesse", "#e377c2"},
    {"police_justice_secours", "Police, justice et secours", "#393b79"},
    {"usagers_gem", "Usagers et GEM", "#bcbd22"},
    {"aidants_unafam", "Aidants et UNAFAM", "#17becf"},
    {"culture_sport", "Culture et sport", "#637939"},
    {"emploi_insertion", "Emploi et insertion", "#8c6d31"},
    {"services_etat_ars", "Services de l'État et ARS", "#7b4173"},
    {"citoyens", "Citoyens", "#2f4f4f"},
    {"autre", "Autre", "#7f7f7f"},
};

} // namespace

SectorRepository::SectorRepository(Database& db) : m_db(db) {}

std::vector<Sector> SectorRepository::defaults()
{
    std::vector<Sector> sectors;
    int position = 0;
    for (const DefaultSector& entry : kDefaults) {
        Sector sector;
        sector.code = QString::fromLatin1(entry.code);
        sector.label = QString::fromUtf8(entry.label);
        sector.color = QString::fromLatin1(entry.color);
        sector.position = ++position * 10; // gaps leave room to insert without renumbering
        sectors.push_back(sector);
    }
    return sectors;
}

Status SectorRepository::create(Sector& value)
{
    if (const QStringList problems = value.validate(); !problems.isEmpty())
        return invalid(problems);
    const QString now = sql::nowStamp();
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO sector (code, label, position, color, created_at, updated_at, "
                                         "version) VALUES (:code, :label, :position, :color, :now, :now, 1) "
                                         "RETURNING id"));
    insert.bind(QStringLiteral(":code"), value.code.trimmed())
        .bind(QStringLiteral(":label"), value.label.trimmed())
        .bind(QStringLiteral(":position"), value.position)
        .bind(QStringLiteral(":color"), storedColor(value))
        .bind(QStringLiteral(":now"), now);
    auto id = insertReturningId(
        insert, QCoreApplication::translate("maillage::SectorRepository", "create the sector %1").arg(value.label));
    if (!id.ok())
        return id.error();
    records::stampInserted(value, id.value(), now);
    value.code = value.code.trimmed();
    value.label = value.label.trimmed();
    value.color = storedColor(value);
    return {};
}

Result<Sector> SectorRepository::get(qint64 id) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(QCoreApplication::translate("maillage::SectorRepository", "read the sector"));
        !status.ok())
        return status.error();
    if (!query.next())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("maillage::SectorRepository", "This sector does not exist (any more)."),
            QStringLiteral("sector #%1").arg(id)};
    return readSector(query);
}

Result<Sector> SectorRepository::byCode(const QString& code) const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" WHERE code = :code"));
    query.bind(QStringLiteral(":code"), code);
    if (Status status = query.exec(QCoreApplication::translate("maillage::SectorRepository", "read the sector"));
        !status.ok())
        return status.error();
    if (!query.next())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("maillage::SectorRepository", "There is no sector with the code %1.").arg(code),
            {}};
    return readSector(query);
}

Status SectorRepository::update(Sector& value)
{
    if (const QStringList problems = value.validate(); !problems.isEmpty())
        return invalid(problems);
    const QString now = sql::nowStamp();
    SqlQuery update(m_db, QStringLiteral("UPDATE sector SET code = :code, label = :label, position = :position, "
                                         "color = :color, updated_at = :now, version = version + 1 "
                                         "WHERE id = :id AND version = :version"));
    update.bind(QStringLiteral(":code"), value.code.trimmed())
        .bind(QStringLiteral(":label"), value.label.trimmed())
        .bind(QStringLiteral(":position"), value.position)
        .bind(QStringLiteral(":color"), storedColor(value))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), value.id)
        .bind(QStringLiteral(":version"), value.version);
    if (Status status = update.exec(
            QCoreApplication::translate("maillage::SectorRepository", "save the sector %1").arg(value.label));
        !status.ok())
        return status;
    if (Status status = records::checkUpdated(m_db, QStringLiteral("sector"), value, update.rowsAffected(), now);
        !status.ok())
        return status;
    value.code = value.code.trimmed();
    value.label = value.label.trimmed();
    value.color = storedColor(value);
    return {};
}

Status SectorRepository::remove(qint64 id)
{
    return records::deleteById(m_db, QStringLiteral("sector"), id,
                               QCoreApplication::translate("maillage::SectorRepository", "delete the sector"));
}

Result<std::vector<Sector>> SectorRepository::list() const
{
    SqlQuery query(m_db, kSelect + QStringLiteral(" ORDER BY position, label, id"));
    if (Status status = query.exec(QCoreApplication::translate("maillage::SectorRepository", "list the sectors"));
        !status.ok())
        return status.error();
    std::vector<Sector> sectors;
    while (query.next())
        sectors.push_back(readSector(query));
    return sectors;
}

int SectorRepository::count() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT COUNT(*) FROM sector"));
    if (!query.exec(QCoreApplication::translate("maillage::SectorRepository", "count the sectors")).ok() ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

Status SectorRepository::ensureDefaults()
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // Counted inside the write transaction: two windows starting together insert once.
    SqlQuery existing(m_db, QStringLiteral("SELECT COUNT(*) FROM sector"));
    if (Status status = existing.exec(QCoreApplication::translate("maillage::SectorRepository", "read the sectors"));
        !status.ok())
        return status;
    const bool empty = existing.next() && existing.value(0).toInt() == 0;
    existing.raw().finish();
    if (!empty)
        return {};
    for (Sector& sector : defaults())
        if (Status status = create(sector); !status.ok())
            return status;
    return tx.commit();
}

} // namespace maillage
