// SPDX-License-Identifier: EUPL-1.2
// Importing a Maillage archive from the window: always into a new database file, so that the data
// already open is never touched; the archive is checked and summed up before anything is written.
#include "ui/main/ExchangeActions.h"

#include "core/exchange/ArchiveFormat.h"
#include "core/exchange/ArchiveReader.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>

namespace maillage::ui {

namespace {

QMessageBox* box(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                 const QString& objectName)
{
    auto* message = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    message->setObjectName(objectName);
    message->setAttribute(Qt::WA_DeleteOnClose);
    return message;
}

} // namespace

bool ExchangeActions::importArchive(const QString& path, const QString& target)
{
    const QString title = tr("Import a Maillage archive");
    const QString name = QFileInfo(path).fileName();
    const auto refuse = [this, &title](const QString& text, const QString& detail = {}) {
        QMessageBox* message = box(m_window, QMessageBox::Warning, title, text, QStringLiteral("archiveRefused"));
        message->setDetailedText(detail);
        message->exec();
        return false;
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 could not be read: %2").arg(name, file.errorString()));
    if (file.size() > archive::ImportOptions().maxFileBytes)
        return refuse(tr("%1 is too big to be a Maillage archive.").arg(name));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject archive = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        archive.value(QLatin1String("format")).toString() != QLatin1String(archive::kFormat))
        return refuse(tr("%1 is not a Maillage archive.").arg(name));
    if (const auto problems = archive::validateArchive(archive); !problems.empty()) {
        QStringList lines;
        for (const archive::ArchiveProblem& problem : problems)
            lines << problem.path + QStringLiteral(": ") + problem.message;
        return refuse(tr("%1 cannot be imported: %n problem(s) found.", nullptr, int(problems.size())).arg(name),
                      lines.join(u'\n'));
    }

    // The preview: whose data it is and how much of it.
    const QJsonObject tables = archive.value(QLatin1String("tables")).toObject();
    const auto count = [&tables](const char* table) {
        return int(tables.value(QLatin1String(table)).toArray().size());
    };
    QStringList councils;
    for (const QJsonValue& council : tables.value(QLatin1String("council")).toArray())
        councils << council.toObject().value(QLatin1String("name")).toString();
    const QString summary =
        tr("%1 holds %2.").arg(name, councils.isEmpty() ? tr("no council") : councils.join(QStringLiteral(", "))) +
        u'\n' + tr("%n partner organisation(s)", nullptr, count("organisation")) + u'\n' +
        tr("%n contact(s)", nullptr, count("contact")) + u'\n' + tr("%n meeting(s)", nullptr, count("meeting")) +
        u'\n' + tr("%n event(s)", nullptr, count("event"));
    QMessageBox preview(QMessageBox::Question, title, summary, QMessageBox::Yes | QMessageBox::Cancel, m_window);
    preview.setObjectName(QStringLiteral("archivePreview"));
    preview.setInformativeText(tr("It will be written into a new database file, which then opens. The database "
                                  "open now is not changed."));
    preview.button(QMessageBox::Yes)->setText(tr("&Choose the new file…"));
    if (preview.exec() != QMessageBox::Yes)
        return false;

    QString destination = target;
    if (destination.isEmpty()) {
        const QFileInfo source(path);
        QString base = source.completeBaseName();
        if (base.endsWith(QLatin1String(".maillage")))
            base.chop(9);
        destination = QFileDialog::getSaveFileName(m_window, tr("New database for the archive"),
                                                   source.absoluteDir().filePath(base + QStringLiteral(".sqlite")),
                                                   QStringLiteral("Maillage (*.sqlite)"));
        if (destination.isEmpty())
            return false;
        if (QFileInfo(destination).suffix().isEmpty())
            destination += QStringLiteral(".sqlite");
    }
    if (QFileInfo::exists(destination))
        return refuse(tr("%1 already exists: choose a new file name.").arg(QDir::toNativeSeparators(destination)));

    Status imported;
    {
        auto opened = Database::open(destination);
        if (!opened.ok())
            return refuse(opened.error().message, opened.error().detail);
        if (auto report = archive::importArchive(*opened.value(), archive); !report.ok())
            imported = report.error();
    }
    if (!imported.ok()) {
        QFile::remove(destination); // nothing half-made is left behind
        return refuse(imported.error().message, imported.error().detail);
    }
    return m_openDatabase ? m_openDatabase(destination) : true;
}

} // namespace maillage::ui
