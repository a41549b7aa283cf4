// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ContactExport.h"

#include "core/exchange/CsvFormat.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/OrganisationRepository.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace maillage::contacts {

Result<std::vector<ExportedContact>> exportedContacts(Database& db)
{
    ContactRepository contacts(db);
    auto list = contacts.list();
    if (!list.ok())
        return list.error();
    auto organisations = OrganisationRepository(db).list();
    if (!organisations.ok())
        return organisations.error();
    QHash<qint64, QString> names;
    for (const Organisation& organisation : organisations.value())
        names.insert(organisation.id, organisation.name);
    std::vector<ExportedContact> exported;
    exported.reserve(list->size());
    for (const Contact& contact : list.value()) {
        auto current = contacts.currentOrganisationId(contact.id, QDate::currentDate());
        if (!current.ok())
            return current.error();
        exported.push_back({contact, names.value(current.value())});
    }
    return exported;
}

QStringList csvExportHeader()
{
    return {QStringLiteral("Civilité"),  QStringLiteral("Prénom"),    QStringLiteral("Nom"),
            QStringLiteral("Fonction"),  QStringLiteral("Organisme"), QStringLiteral("Courriel"),
            QStringLiteral("Téléphone"), QStringLiteral("Portable"),  QStringLiteral("Adresse"),
            QStringLiteral("Pilier"),    QStringLiteral("Notes")};
}

QByteArray writeContactsCsv(const std::vector<ExportedContact>& contacts, QChar separator)
{
    QByteArray out("\xEF\xBB\xBF");
    out += writeCsvLine(csvExportHeader(), separator);
    for (const ExportedContact& e : contacts) {
        const Contact& c = e.contact;
        out += writeCsvLine({c.civility, c.firstName, c.lastName, c.jobTitle, e.organisation, c.email, c.phone,
                             c.mobile, c.address, codeOf(c.pillar), c.notes},
                            separator);
    }
    return out;
}

Status writeContactsFile(Database& db, const QString& path, const ContactFileOptions& options)
{
    auto contacts = exportedContacts(db);
    if (!contacts.ok())
        return contacts.error();
    QSaveFile file(path);
    const QByteArray bytes = options.format == ContactFileFormat::VCard
                                 ? writeVCards(contacts.value(), options.version)
                                 : writeContactsCsv(contacts.value(), options.separator);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("maillage::contacts", "The file %1 cannot be written.").arg(path),
                     file.errorString()};
    return {};
}

} // namespace maillage::contacts
