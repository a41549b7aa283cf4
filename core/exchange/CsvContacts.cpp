// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/CsvFormat.h"

#include "core/storage/SqliteFunctions.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace maillage::contacts {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("maillage::contacts", text);
}

// "Prénom " → "prenom", "E-mail" → "email": accents, case, spaces and punctuation ignored.
QString headerKey(const QString& header)
{
    QString key;
    for (const QChar c : sqlite::fold(header.trimmed()))
        if (c.isLetterOrNumber())
            key += c;
    return key;
}

const QHash<QString, QString>& knownHeaders()
{
    static const QHash<QString, QString> headers = [] {
        QHash<QString, QString> h;
        auto add = [&h](const char* field, std::initializer_list<const char*> names) {
            for (const char* name : names)
                h.insert(QString::fromLatin1(name), QString::fromLatin1(field));
        };
        add("civility", {"civilite", "civility", "title", "salutation", "titre"});
        add("lastName", {"nom", "lastname", "surname", "familyname", "nomdefamille", "nomdusage"});
        add("firstName", {"prenom", "firstname", "givenname", "forename"});
        add("jobTitle", {"fonction", "poste", "jobtitle", "position", "role", "metier", "profession"});
        add("organisation", {"organisme", "structure", "organisation", "organization", "company", "societe",
                             "etablissement", "employeur", "entreprise", "institution"});
        add("email", {"courriel", "email", "mail", "adressemail", "adressecourriel", "emailaddress", "mel", "email1",
                      "emailaddress1", "adresseelectronique"});
        add("phone", {"telephone", "tel", "phone", "telephonefixe", "businessphone", "telephonebureau",
                      "telephoneprofessionnel", "workphone", "fixe"});
        add("mobile", {"portable", "mobile", "telephoneportable", "mobilephone", "cell", "cellphone", "gsm"});
        add("address", {"adresse", "address", "rue", "street", "adressepostale", "businessstreet"});
        add("postcode", {"codepostal", "cp", "postcode", "zip", "zipcode", "postalcode", "businesspostalcode"});
        add("commune", {"commune", "ville", "city", "town", "localite", "businesscity"});
        add("sector", {"secteur", "sector"});
        add("pillar", {"pilier", "pillar", "college"});
        add("notes", {"notes", "note", "commentaire", "commentaires", "remarques", "comments", "observations"});
        return h;
    }();
    return headers;
}

} // namespace

QStringList contactFieldNames()
{
    return {QStringLiteral("civility"), QStringLiteral("firstName"),    QStringLiteral("lastName"),
            QStringLiteral("jobTitle"), QStringLiteral("organisation"), QStringLiteral("email"),
            QStringLiteral("phone"),    QStringLiteral("mobile"),       QStringLiteral("address"),
            QStringLiteral("postcode"), QStringLiteral("commune"),      QStringLiteral("sector"),
            QStringLiteral("pillar"),   QStringLiteral("notes")};
}

QHash<int, QString> guessCsvMapping(const QStringList& header)
{
    QHash<int, QString> mapping;
    QStringList taken;
    for (int column = 0; column < header.size(); ++column) {
        const QString field = knownHeaders().value(headerKey(header[column]));
        if (!field.isEmpty() && !taken.contains(field)) { // the first column wins when two say "Mail"
            mapping.insert(column, field);
            taken << field;
        }
    }
    return mapping;
}

Result<QHash<int, QString>> csvMappingFromJson(const QByteArray& json, const QStringList& header)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error{Error::Kind::Invalid, tr("The column mapping must be a JSON object {\"column\": \"field\"}."),
                     parseError.errorString()};
    QHash<int, QString> mapping;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = it.value().toString();
        if (!contactFieldNames().contains(field))
            return Error{Error::Kind::Invalid, tr("The column mapping names an unknown field “%1”.").arg(field),
                         tr("fields: %1").arg(contactFieldNames().join(QStringLiteral(", ")))};
        int column = -1;
        for (int i = 0; i < header.size() && column < 0; ++i)
            if (headerKey(header[i]) == headerKey(it.key()))
                column = i;
        if (column < 0)
            return Error{Error::Kind::Invalid, tr("The file has no column “%1”.").arg(it.key()),
                         tr("columns: %1").arg(header.join(QStringLiteral(", ")))};
        mapping.insert(column, field);
    }
    return mapping;
}

ContactBatch csvToContacts(const CsvTable& table, const QHash<int, QString>& mapping)
{
    ContactBatch batch;
    batch.rejected = table.rejected;
    for (const CsvTable::Row& row : table.rows) {
        IncomingContact record;
        record.line = row.line;
        Contact& c = record.contact;
        QString street;
        for (auto it = mapping.begin(); it != mapping.end(); ++it) {
            const QString value = row.fields.value(it.key()).trimmed();
            const QString& field = it.value();
            if (field == QLatin1String("civility"))
                c.civility = value;
            else if (field == QLatin1String("firstName"))
                c.firstName = value;
            else if (field == QLatin1String("lastName"))
                c.lastName = value;
            else if (field == QLatin1String("jobTitle"))
                c.jobTitle = value;
            else if (field == QLatin1String("organisation"))
                record.organisation = value;
            else if (field == QLatin1String("email"))
                c.email = value;
            else if (field == QLatin1String("phone"))
                c.phone = value;
            else if (field == QLatin1String("mobile"))
                c.mobile = value;
            else if (field == QLatin1String("address"))
                street = value;
            else if (field == QLatin1String("postcode"))
                record.postcode = value;
            else if (field == QLatin1String("commune"))
                record.commune = value;
            else if (field == QLatin1String("sector"))
                record.sector = value;
            else if (field == QLatin1String("pillar"))
                record.pillar = value;
            else if (field == QLatin1String("notes"))
                c.notes = value;
        }
        const QString town = QStringList{record.postcode, record.commune}.join(u' ').trimmed();
        c.address =
            street.isEmpty() ? town : (town.isEmpty() || street.contains(town) ? street : street + u'\n' + town);
        if (c.lastName.isEmpty() && record.organisation.isEmpty())
            batch.rejected.push_back(
                {row.line, tr("Line %1 has neither a last name nor an organisation.").arg(row.line)});
        else
            batch.records.push_back(std::move(record));
    }
    return batch;
}

namespace {
Result<QHash<int, QString>> mappingFor(const CsvTable& table, const QString& mappingPath)
{
    if (mappingPath.isEmpty()) {
        QHash<int, QString> mapping = guessCsvMapping(table.header);
        if (!mapping.values().contains(QStringLiteral("lastName")))
            return Error{Error::Kind::Invalid,
                         tr("No column of the file looks like a last name (“Nom”, “Last name”): give a column "
                            "mapping."),
                         tr("columns: %1").arg(table.header.join(QStringLiteral(", ")))};
        return mapping;
    }
    auto json = readContactFile(mappingPath);
    if (!json.ok())
        return json.error();
    return csvMappingFromJson(json.value(), table.header);
}

} // namespace

Result<ContactBatch> readCsvContactFile(const QString& path, const QString& mappingPath)
{
    auto bytes = readContactFile(path);
    if (!bytes.ok())
        return bytes.error();
    auto table = parseCsv(bytes.value());
    if (!table.ok())
        return table.error();
    auto mapping = mappingFor(table.value(), mappingPath);
    if (!mapping.ok())
        return mapping.error();
    return csvToContacts(table.value(), mapping.value());
}

} // namespace maillage::contacts
