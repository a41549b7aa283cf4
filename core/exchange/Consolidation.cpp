// SPDX-License-Identifier: EUPL-1.2
// consolidate(): every source checked first, then each added with new ids in its own transaction.
#include "core/exchange/Consolidation.h"

#include "core/domain/Situation.h"
#include "core/exchange/ArchiveFormat.h"
#include "core/exchange/ArchiveReader.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/ConsolidationQueries.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SqliteFunctions.h"
#include "core/storage/TableCatalog.h"
#include "core/storage/TableRows.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

namespace maillage::consolidation {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("maillage::consolidation", text);
}

// The source's own history: its ids and users mean nothing in the target.
bool leftOut(const QString& table)
{
    return table == QLatin1String("change_journal") || table == QLatin1String("undo_batch") ||
           table == QLatin1String("undo_batch_item");
}

QString nameKey(const QString& name, const QString& commune)
{
    return sqlite::fold(name.simplified()) + u'\n' + sqlite::fold(commune.simplified());
}

/// The target's organisations by each key they can be matched on (the first one wins).
class OrganisationIndex
{
public:
    explicit OrganisationIndex(const std::vector<consolidationsql::OrganisationKeys>& rows)
    {
        for (const auto& row : rows) {
            m_rows.insert(row.id, row);
            if (!row.siret.trimmed().isEmpty() && !m_bySiret.contains(row.siret.trimmed()))
                m_bySiret.insert(row.siret.trimmed(), row.id);
            if (!row.finess.trimmed().isEmpty() && !m_byFiness.contains(row.finess.trimmed()))
                m_byFiness.insert(row.finess.trimmed(), row.id);
            if (!row.commune.trimmed().isEmpty() && !m_byName.contains(nameKey(row.name, row.commune)))
                m_byName.insert(nameKey(row.name, row.commune), row.id);
        }
    }

    /// The organisation a source row stands for, unless one of this source already took it (a source's
    /// own organisations stay distinct).
    std::optional<OrganisationMatch> match(const QJsonObject& row, const QSet<qint64>& taken) const
    {
        const QString siret = row.value(QStringLiteral("siret")).toString().trimmed();
        const QString finess = row.value(QStringLiteral("finess")).toString().trimmed();
        const QString name = row.value(QStringLiteral("name")).toString();
        const QString commune = row.value(QStringLiteral("commune")).toString();
        auto found = [&](qint64 id, MatchKey key) -> std::optional<OrganisationMatch> {
            if (id == 0 || taken.contains(id))
                return std::nullopt;
            return OrganisationMatch{name, commune, id, m_rows.value(id).name, key};
        };
        if (!siret.isEmpty())
            if (auto hit = found(m_bySiret.value(siret), MatchKey::Siret))
                return hit;
        if (!finess.isEmpty())
            if (auto hit = found(m_byFiness.value(finess), MatchKey::Finess))
                return hit;
        if (commune.trimmed().isEmpty())
            return std::nullopt;
        const qint64 id = m_byName.value(nameKey(name, commune));
        // Same name and commune but different registration numbers: two establishments.
        const auto& other = m_rows.value(id);
        if ((!siret.isEmpty() && !other.siret.trimmed().isEmpty() && other.siret.trimmed() != siret) ||
            (!finess.isEmpty() && !other.finess.trimmed().isEmpty() && other.finess.trimmed() != finess))
            return std::nullopt;
        return found(id, MatchKey::NameAndCommune);
    }

private:
    QHash<qint64, consolidationsql::OrganisationKeys> m_rows;
    QHash<QString, qint64> m_bySiret;
    QHash<QString, qint64> m_byFiness;
    QHash<QString, qint64> m_byName;
};

/// Pseudonyms are unique across councils: a clash takes the next free number of its year.
class Pseudonyms
{
public:
    explicit Pseudonyms(QSet<QString> used) : m_used(std::move(used)) {}

    QString claim(const QString& pseudonym, bool* renumbered)
    {
        *renumbered = false;
        QString result = pseudonym;
        if (m_used.contains(pseudonym)) {
            static const QRegularExpression pattern(QStringLiteral("^SIT-(\\d{4})-\\d+$"));
            const QRegularExpressionMatch parts = pattern.match(pseudonym);
            const int year = parts.hasMatch() ? parts.captured(1).toInt() : 0;
            int number = 1;
            do
                result = year > 0 ? Situation::makePseudonym(year, number++)
                                  : pseudonym + QStringLiteral("-%1").arg(number++);
            while (m_used.contains(result));
            *renumbered = true;
        }
        m_used.insert(result);
        return result;
    }

private:
    QSet<QString> m_used;
};

struct Remap
{
    QHash<QString, qint64> offsets;
    QHash<qint64, qint64> organisations;
    QHash<qint64, qint64> sectors;

    qint64 id(const QString& table, qint64 sourceId) const
    {
        if (table == QLatin1String("organisation"))
            return organisations.value(sourceId);
        if (table == QLatin1String("sector"))
            return sectors.value(sourceId);
        return sourceId + offsets.value(table);
    }
};

Error failedAt(const QString& source, const QString& where, const Error& error)
{
    return Error{error.kind,
                 tr("%1 could not be added (the database refused the record %2); nothing of it was kept. %3")
                     .arg(source, where, error.message),
                 error.detail};
}

Result<SourceReport> addOne(Database& db, const QJsonObject& archive, const QString& source, bool reserve)
{
    if (const auto problems = archive::validateArchive(archive); !problems.empty())
        return Error{Error::Kind::Invalid,
                     tr("%1 is not a valid Maillage archive (%2 problems); nothing of it was added.")
                         .arg(source)
                         .arg(problems.size()),
                     problems.front().path + QStringLiteral(": ") + problems.front().message};
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    auto highest = consolidationsql::highestIds(db);
    auto organisations = consolidationsql::organisations(db);
    auto sectors = consolidationsql::sectorsByCode(db);
    auto used = consolidationsql::pseudonyms(db);
    for (const Status& status : {Status(highest), Status(organisations), Status(sectors), Status(used)})
        if (!status.ok())
            return status.error();

    SourceReport report;
    report.source = source;
    Remap remap;
    remap.offsets = highest.value();
    const QJsonObject tables = archive.value(QStringLiteral("tables")).toObject();
    if (reserve) {
        // Ids are offset + archive id: hold the whole range before writing, other users may be adding rows.
        for (const TableSpec& table : TableCatalog::tables()) {
            qint64 top = 0;
            for (const auto& row : tables.value(table.name).toArray())
                top = std::max(top, row.toObject().value(QStringLiteral("id")).toInteger());
            if (Status status = consolidationsql::reserveIds(db, table.name, remap.offsets.value(table.name) + top);
                !status.ok())
                return status.error();
        }
    }
    const OrganisationIndex index(organisations.value());
    Pseudonyms pseudonyms(used.value());
    QSet<qint64> taken;
    for (const TableSpec& table : TableCatalog::tables()) {
        const QJsonArray rows = tables.value(table.name).toArray();
        if (leftOut(table.name)) {
            report.historyLeftOut += rows.size();
            continue;
        }
        tablerows::RowInserter inserter(db, table);
        qint64 created = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const qint64 sourceId = row.value(QStringLiteral("id")).toInteger();
            if (table.name == QLatin1String("organisation")) {
                if (auto match = index.match(row, taken)) {
                    taken.insert(match->targetId);
                    remap.organisations.insert(sourceId, match->targetId);
                    report.matched.push_back(*match);
                    continue;
                }
                remap.organisations.insert(sourceId, sourceId + remap.offsets.value(table.name));
            } else if (table.name == QLatin1String("sector")) {
                const QString code = row.value(QStringLiteral("code")).toString();
                if (const qint64 existing = sectors.value().value(code)) {
                    remap.sectors.insert(sourceId, existing);
                    ++report.sectorsMatched;
                    continue;
                }
                remap.sectors.insert(sourceId, sourceId + remap.offsets.value(table.name));
                sectors.value().insert(code, sourceId + remap.offsets.value(table.name));
            } else if (table.name == QLatin1String("council")) {
                report.councils << row.value(QStringLiteral("name")).toString();
            }
            QVariantList values;
            for (const ColumnSpec& column : table.columns) {
                const QJsonValue value = row.value(column.name);
                QVariant stored = archive::toStored(value.isUndefined() ? column.defaultValue : value, column.type);
                if (column.name == QLatin1String("id"))
                    stored = remap.id(table.name, sourceId);
                else if (!column.references.isEmpty() && !stored.isNull())
                    stored = remap.id(column.references, stored.toLongLong());
                else if (table.name == QLatin1String("situation") && column.name == QLatin1String("pseudonym")) {
                    bool renumbered = false;
                    stored = pseudonyms.claim(stored.toString(), &renumbered);
                    report.pseudonymsRenumbered += renumbered ? 1 : 0;
                }
                values << stored;
            }
            if (Status status = inserter.insert(values); !status.ok())
                return failedAt(source, QStringLiteral("tables.%1[%2]").arg(table.name).arg(i), status.error());
            ++created;
        }
        if (created > 0)
            report.created.emplace_back(table.name, created);
        report.rows += created;
    }
    const SearchIndex search(db);
    for (SearchKind kind :
         {SearchKind::Organisation, SearchKind::Contact, SearchKind::AgendaItem, SearchKind::ActionSheet})
        if (Status status = search.addAbove(kind, remap.offsets.value(SearchIndex::kindCode(kind))); !status.ok())
            return status.error();
    if (Status status = tx.commit(); !status.ok())
        return failedAt(source, tr("at commit"), status.error());
    return report;
}

} // namespace

qint64 SourceReport::createdIn(const QString& table) const
{
    for (const auto& [name, count] : created)
        if (name == table)
            return count;
    return 0;
}

QString keyLabel(MatchKey key)
{
    switch (key) {
    case MatchKey::Siret:
        return tr("SIRET");
    case MatchKey::Finess:
        return tr("FINESS");
    case MatchKey::NameAndCommune:
        break;
    }
    return tr("name and commune");
}

Result<SourceReport> addArchive(Database& db, const QJsonObject& archive, const QString& source)
{
    journal::Pause pauseJournal(db); // bulk rows brought from elsewhere, not edits made here
    return addOne(db, archive, source, true);
}

Result<Report> consolidate(Database& db, const QStringList& paths, const Options& options)
{
    std::vector<QJsonObject> archives;
    for (const QString& path : paths) {
        auto loaded = loadSource(path, options.maxFileBytes);
        if (!loaded.ok())
            return loaded.error();
        if (const auto problems = archive::validateArchive(loaded.value()); !problems.empty()) {
            QStringList lines;
            for (std::size_t i = 0; i < problems.size() && i < 50; ++i)
                lines << problems[i].path + QStringLiteral(": ") + problems[i].message;
            return Error{
                Error::Kind::Invalid,
                tr("%1 cannot be consolidated: it has %2 problems. Nothing was added.").arg(path).arg(problems.size()),
                lines.join(u'\n')};
        }
        archives.push_back(loaded.value());
    }
    Report report;
    report.dryRun = options.dryRun;
    journal::Pause pauseJournal(db);
    // A dry run adds every source for real, so later sources match the earlier ones, then rolls back.
    std::optional<Transaction> rehearsal;
    if (options.dryRun) {
        rehearsal.emplace(db);
        if (!rehearsal->ok())
            return rehearsal->error();
    }
    for (std::size_t i = 0; i < archives.size(); ++i) {
        auto added = addOne(db, archives[i], paths.at(qsizetype(i)), !options.dryRun);
        if (!added.ok()) {
            Error error = added.error();
            if (i > 0 && !options.dryRun)
                error.message +=
                    u' ' +
                    tr("Already added before it: %1.").arg(paths.mid(0, qsizetype(i)).join(QStringLiteral(", ")));
            return error;
        }
        report.sources.push_back(added.value());
    }
    return report; // a rehearsal rolls back here
}

} // namespace maillage::consolidation
