// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/MeetingEmail.h"

#include "core/documents/DocumentText.h"
#include "core/documents/DocumentWriter.h"
#include "core/exchange/ICalExport.h"
#include "core/storage/ContactRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <set>

namespace maillage {

Result<std::vector<EmlAddress>> MeetingEmail::recipients(Database& db, const MeetingDossier& dossier,
                                                         DocumentKind kind)
{
    std::vector<qint64> ids;
    if (kind != DocumentKind::Convocation)
        ids = dossier.meeting.recipientContactIds;
    if (ids.empty())
        for (const DossierPerson& person : dossier.expectedParticipants())
            ids.push_back(person.contactId);
    ContactRepository contacts(db);
    std::vector<EmlAddress> addresses;
    std::set<QString> seen;
    for (qint64 id : ids) {
        if (id == 0)
            continue;
        auto contact = contacts.get(id);
        if (!contact.ok())
            return contact.error();
        const QString email = contact->email.trimmed();
        if (email.isEmpty() || !seen.insert(email.toLower()).second)
            continue;
        addresses.push_back({contact->displayName(), email});
    }
    return addresses;
}

EmlDraft MeetingEmail::draft(const MeetingDossier& dossier, DocumentKind kind)
{
    const QString council =
        dossier.identity.documentName.isEmpty() ? dossier.council.name : dossier.identity.documentName;
    const QString day = DocumentText::longDate(dossier.meeting.startsAt.date());
    EmlDraft mail;
    QString text;
    switch (kind) {
    case DocumentKind::Convocation:
        mail.subject = tr("Convocation: %1 on %2").arg(dossier.instance.name, day);
        text = tr("You are invited to the meeting of %1 on %2. Please find attached the convocation with the "
                  "agenda, and the invitation for your calendar.\n\nThank you for letting us know whether you "
                  "will attend, or who will represent you.")
                   .arg(dossier.instance.name, DocumentText::when(dossier.meeting.startsAt, dossier.meeting.endsAt));
        break;
    case DocumentKind::Decisions:
        mail.subject = tr("Record of decisions: %1 of %2").arg(dossier.instance.name, day);
        text = tr("Please find attached the record of decisions of the meeting of %1 on %2.")
                   .arg(dossier.instance.name, day);
        break;
    case DocumentKind::Minutes:
    case DocumentKind::SignInSheet:
        mail.subject = tr("Minutes: %1 of %2").arg(dossier.instance.name, day);
        text = tr("Please find attached the minutes of the meeting of %1 on %2.").arg(dossier.instance.name, day);
        break;
    }
    mail.subject = QStringLiteral("[%1] %2").arg(council, mail.subject);
    QString signature = dossier.identity.signatoryName.isEmpty() ? dossier.council.coordinatorName
                                                                 : dossier.identity.signatoryName;
    if (!dossier.identity.signatoryTitle.isEmpty() && !dossier.identity.signatoryName.isEmpty())
        signature += u'\n' + dossier.identity.signatoryTitle;
    mail.body = tr("Dear Madam, dear Sir,") + QStringLiteral("\n\n") + text + QStringLiteral("\n\n")
                + tr("Kind regards,") + u'\n' + (signature.isEmpty() ? council : signature + u'\n' + council)
                + u'\n';
    return mail;
}

QString MeetingEmail::baseName(const MeetingDossier& dossier, DocumentKind kind)
{
    QString name = QStringLiteral("%1 - %2 - %3")
                       .arg(labelOf(kind), dossier.instance.name,
                            dossier.meeting.startsAt.date().toString(Qt::ISODate));
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("-"));
    return name.simplified();
}

Result<QString> MeetingEmail::prepare(Database& db, qint64 meetingId, DocumentKind kind, const QString& folder,
                                      const DocumentOptions& options)
{
    auto dossier = loadMeetingDossier(db, meetingId);
    if (!dossier.ok())
        return dossier.error();
    if (!QDir().mkpath(folder))
        return Error{Error::Kind::Io, tr("Could not create the folder %1.").arg(folder), {}};
    const QString base = QDir(folder).filePath(baseName(dossier.value(), kind));
    const QString pdfPath = base + QStringLiteral(".pdf");
    if (Status written = DocumentWriter::writePdf(kind, dossier.value(), options, pdfPath); !written.ok())
        return written.error();
    QFile pdfFile(pdfPath);
    if (!pdfFile.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, tr("Could not read %1.").arg(pdfPath), pdfFile.errorString()};

    ical::ExportOptions calendar;
    calendar.meetingId = meetingId;
    calendar.followUps = kind != DocumentKind::Convocation;
    auto ics = ical::exportCalendar(db, calendar);
    if (!ics.ok())
        return ics.error();
    auto to = recipients(db, dossier.value(), kind);
    if (!to.ok())
        return to.error();

    EmlDraft mail = draft(dossier.value(), kind);
    mail.to = std::move(to).value();
    const QString fileBase = QFileInfo(base).fileName();
    mail.attachments.push_back({fileBase + QStringLiteral(".pdf"), "application/pdf", pdfFile.readAll()});
    mail.attachments.push_back({fileBase + QStringLiteral(".ics"), "text/calendar; charset=UTF-8; method=PUBLISH",
                                ics.value()});
    const QString emlPath = base + QStringLiteral(".eml");
    if (Status written = mail.write(emlPath); !written.ok())
        return written.error();
    return emlPath;
}

} // namespace maillage
