// SPDX-License-Identifier: EUPL-1.2
// PrivacyDialog: the "One person" and "Processing register" tabs.
#include "core/privacy/PersonErasure.h"
#include "core/privacy/PersonExport.h"
#include "core/privacy/ProcessingRegister.h"
#include "core/storage/DuplicateQueries.h"
#include "ui/privacy/PrivacyDialog.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBrowser>

#include <algorithm>

namespace maillage {

namespace {

QString fileNameFor(const QString& name, const QString& suffix)
{
    QString base = name.simplified();
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]"), QRegularExpression::UseUnicodePropertiesOption),
                 QString());
    base.replace(u' ', u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(QStringLiteral("donnees-%1.%2").arg(base, suffix));
}

} // namespace

void PrivacyDialog::reloadPeople()
{
    const qint64 current = selectedPerson();
    QSignalBlocker block(m_person);
    m_person->clear();
    auto rows = duplicatequeries::contacts(m_db);
    if (!rows)
        return showMessage(rows.error().message, true);
    std::vector<ContactKeys> people = rows.value();
    std::sort(people.begin(), people.end(), [](const ContactKeys& a, const ContactKeys& b) {
        return QString::localeAwareCompare(a.lastName + u' ' + a.firstName, b.lastName + u' ' + b.firstName) < 0;
    });
    for (const ContactKeys& row : people) {
        QString label = QStringList{row.lastName.toUpper(), row.firstName}.join(u' ').simplified();
        if (!row.email.isEmpty())
            label += QStringLiteral(" — ") + row.email;
        m_person->addItem(label, row.id);
    }
    const int index = m_person->findData(current);
    m_person->setCurrentIndex(index >= 0 ? index : (m_person->count() > 0 ? 0 : -1));
    block.unblock();
    showPerson();
}

bool PrivacyDialog::selectPerson(qint64 contactId)
{
    const int index = m_person->findData(contactId);
    if (index < 0)
        return false;
    m_person->setCurrentIndex(index);
    showPerson();
    return true;
}

qint64 PrivacyDialog::selectedPerson() const
{
    return m_person->currentIndex() >= 0 ? m_person->currentData().toLongLong() : 0;
}

void PrivacyDialog::showPerson()
{
    const qint64 id = selectedPerson();
    m_exportJson->setEnabled(id > 0);
    m_exportPdf->setEnabled(id > 0);
    m_erasePerson->setEnabled(id > 0);
    if (id <= 0)
        return m_personView->setHtml(QString());
    auto data = PersonExport::collect(m_db, id, m_today);
    if (!data)
        return showMessage(data.error().message, true);
    const QJsonObject person = data.value().value(QStringLiteral("person")).toObject();
    const QJsonObject contact = person.value(QStringLiteral("contact")).toObject();
    QString html = QStringLiteral("<h3>%1</h3><p>")
                       .arg(QStringList{contact.value(QStringLiteral("civility")).toString(),
                                        contact.value(QStringLiteral("first_name")).toString(),
                                        contact.value(QStringLiteral("last_name")).toString()}
                                .join(u' ')
                                .simplified()
                                .toHtmlEscaped());
    for (const char* field : {"job_title", "email", "phone", "mobile", "address"}) {
        const QString value = contact.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            html += value.toHtmlEscaped() + QStringLiteral("<br>");
    }
    html += QStringLiteral("</p><p>%1</p><ul>").arg(tr("Maillage holds about this person:"));
    const auto count = [&](const char* key) { return int(person.value(QLatin1String(key)).toArray().size()); };
    const QStringList lines{
        tr("%n organisation(s)", nullptr, count("affiliations")),
        tr("%n instance membership(s)", nullptr, count("memberships")),
        tr("%n meeting(s) attended or expected", nullptr, count("attendance")),
        tr("%n follow-up(s) in their charge", nullptr, count("follow_ups")),
        tr("%n document mailing(s)", nullptr, count("recipients")),
        tr("%n mention(s) in minutes, decisions and follow-ups", nullptr, count("mentions")),
    };
    for (const QString& line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_personView->setHtml(html);
}

void PrivacyDialog::exportPerson(const QString& suffix)
{
    const qint64 id = selectedPerson();
    if (id <= 0)
        return;
    const QString filter = suffix == QLatin1String("json") ? tr("JSON (*.json)") : tr("PDF (*.pdf)");
    QString path = m_askSavePath(tr("Export the data of this person"),
                                 fileNameFor(m_person->currentText().section(u'—', 0, 0), suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    if (Status status = PersonExport::write(m_db, id, path, m_today); !status.ok())
        return showMessage(status.error().message, true);
    showMessage(tr("Data exported to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void PrivacyDialog::erasePerson()
{
    const qint64 id = selectedPerson();
    if (id <= 0)
        return;
    auto data = PersonExport::collect(m_db, id, m_today);
    if (!data)
        return showMessage(data.error().message, true);
    const QJsonObject contact =
        data.value().value(QStringLiteral("person")).toObject().value(QStringLiteral("contact")).toObject();
    const QString name = QStringList{contact.value(QStringLiteral("first_name")).toString(),
                                     contact.value(QStringLiteral("last_name")).toString()}
                             .join(u' ')
                             .simplified();
    erase({id}, {name});
}

void PrivacyDialog::showRegister()
{
    auto entry = ProcessingRegister::entry(m_db, m_today);
    if (!entry)
        return showMessage(entry.error().message, true);
    QString html = QStringLiteral("<h2>%1</h2>").arg(entry.value().title.toHtmlEscaped());
    for (const auto& [heading, text] : entry.value().fields)
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
    m_registerView->setHtml(html);
}

void PrivacyDialog::saveRegister()
{
    QString path = m_askSavePath(tr("Save the processing register"),
                                 fileNameFor(QStringLiteral("registre des traitements"), QStringLiteral("pdf"))
                                     .replace(QStringLiteral("donnees-"), QString()),
                                 tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status status = ProcessingRegister::writePdf(m_db, path, m_today); !status.ok())
        return showMessage(status.error().message, true);
    showMessage(tr("Register saved to %1.").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace maillage
