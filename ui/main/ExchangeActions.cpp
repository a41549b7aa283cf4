// SPDX-License-Identifier: EUPL-1.2
#include "ui/main/ExchangeActions.h"

#include "core/exchange/ArchiveWriter.h"
#include "core/exchange/ContactExport.h"
#include "core/exchange/ContactImportPlan.h"
#include "core/exchange/ICalExport.h"
#include "core/storage/Database.h"
#include "core/storage/UndoBatchRepository.h"
#include "ui/calendar/IcsImportDialog.h"
#include "ui/exchange/CsvImportDialog.h"
#include "ui/exchange/VCardImportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace maillage::ui {

ExchangeActions::ExchangeActions(QWidget* window, std::function<Database*()> database, std::function<void()> changed)
    : QObject(window), m_window(window), m_database(std::move(database)), m_changed(std::move(changed)),
      m_importMenu(new QMenu(tr("&Import"), window)), m_exportMenu(new QMenu(tr("&Export"), window))
{
    m_importMenu->setObjectName(QStringLiteral("importMenu"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    QAction* contacts = m_importMenu->addAction(tr("&Contacts (vCard, CSV)…"));
    contacts->setObjectName(QStringLiteral("importContactsAction"));
    connect(contacts, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Import contacts"), QDir::homePath(),
                                                          tr("Contacts (*.vcf *.vcard *.csv *.txt)"));
        if (!path.isEmpty())
            importContacts(path);
    });
    QAction* calendar = m_importMenu->addAction(tr("&Meetings from a calendar (.ics)…"));
    calendar->setObjectName(QStringLiteral("importCalendarAction"));
    connect(calendar, &QAction::triggered, this, &ExchangeActions::importCalendar);
    m_importMenu->addSeparator();
    QAction* undoImport = m_importMenu->addAction(tr("&Undo the last contacts import…"));
    undoImport->setObjectName(QStringLiteral("undoContactImportAction"));
    connect(undoImport, &QAction::triggered, this, [this] { undoLastContactImport(true); });

    QAction* vcard = m_exportMenu->addAction(tr("Contacts as &vCard…"));
    vcard->setObjectName(QStringLiteral("exportVCardAction"));
    connect(vcard, &QAction::triggered, this, [this] { exportContacts(false); });
    QAction* csv = m_exportMenu->addAction(tr("Contacts as CSV for &Excel…"));
    csv->setObjectName(QStringLiteral("exportCsvAction"));
    connect(csv, &QAction::triggered, this, [this] { exportContacts(true); });
    QAction* ics = m_exportMenu->addAction(tr("Meetings as a ca&lendar (.ics)…"));
    ics->setObjectName(QStringLiteral("exportCalendarAction"));
    connect(ics, &QAction::triggered, this, &ExchangeActions::exportCalendar);
    m_exportMenu->addSeparator();
    QAction* archive = m_exportMenu->addAction(tr("Complete &archive (JSON)…"));
    archive->setObjectName(QStringLiteral("exportArchiveAction"));
    connect(archive, &QAction::triggered, this, &ExchangeActions::exportArchive);
}

void ExchangeActions::setEnabled(bool enabled)
{
    m_importMenu->setEnabled(enabled);
    m_exportMenu->setEnabled(enabled);
}

bool ExchangeActions::importContacts(const QString& path)
{
    Database* db = m_database();
    if (!db)
        return false;
    // The preview dialogs show the plan record by record and write it as one undo batch.
    bool imported = false;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)) {
        CsvImportDialog dialog(*db, path, m_window);
        imported = dialog.exec() == QDialog::Accepted && dialog.batchId() > 0;
    } else {
        VCardImportDialog dialog(*db, path, m_window);
        imported = dialog.exec() == QDialog::Accepted && dialog.batchId() > 0;
    }
    if (imported)
        m_changed();
    return imported;
}

bool ExchangeActions::undoLastContactImport(bool ask)
{
    Database* db = m_database();
    if (!db)
        return false;
    UndoBatchRepository batches(*db);
    auto latest = batches.latestUndoable({contacts::csvImportKind(), contacts::vcardImportKind()});
    if (!latest.ok() || latest.value() <= 0) {
        if (ask)
            QMessageBox::information(m_window, tr("Undo the import"), tr("No contacts import to undo."));
        return false;
    }
    auto batch = batches.get(latest.value());
    if (!batch.ok())
        return false;
    if (ask && QMessageBox::question(m_window, tr("Undo the import"),
                                     tr("Undo the import of %1? What it created is deleted and what it completed "
                                        "gets its former values back.")
                                         .arg(batch->label)) != QMessageBox::Yes)
        return false;
    if (Status status = batches.undo(batch->id); !status.ok()) {
        QMessageBox::warning(m_window, tr("Undo the import"), status.error().message);
        return false;
    }
    m_changed();
    return true;
}

bool ExchangeActions::importCalendarFile(const QString& path)
{
    Database* db = m_database();
    if (!db)
        return false;
    IcsImportDialog dialog(*db, m_window);
    dialog.loadFile(path);
    const bool imported = dialog.exec() == QDialog::Accepted;
    if (imported)
        m_changed();
    return imported;
}

void ExchangeActions::importCalendar()
{
    if (Database* db = m_database()) {
        IcsImportDialog dialog(*db, m_window);
        if (dialog.exec() == QDialog::Accepted)
            m_changed();
    }
}

QString ExchangeActions::saveFileName(const QString& title, const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(m_window, title, QDir::home().filePath(suggested), filter);
}

void ExchangeActions::report(const QString& what, const QString& path, bool ok, const QString& error)
{
    if (ok)
        QMessageBox::information(m_window, what, tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(m_window, what, error);
}

void ExchangeActions::exportContacts(bool csv)
{
    Database* db = m_database();
    if (!db)
        return;
    const QString path = csv ? saveFileName(tr("Export contacts"), QStringLiteral("contacts.csv"), tr("CSV (*.csv)"))
                             : saveFileName(tr("Export contacts"), QStringLiteral("contacts.vcf"), tr("vCard (*.vcf)"));
    if (path.isEmpty())
        return;
    contacts::ContactFileOptions options;
    options.format = csv ? contacts::ContactFileFormat::Csv : contacts::ContactFileFormat::VCard;
    const Status status = contacts::writeContactsFile(*db, path, options);
    report(tr("Export contacts"), path, status.ok(), status.ok() ? QString() : status.error().message);
}

void ExchangeActions::exportCalendar()
{
    Database* db = m_database();
    if (!db)
        return;
    const QString path = saveFileName(tr("Export meetings"), QStringLiteral("reunions.ics"), tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    const Status status = ical::writeCalendarFile(*db, path);
    report(tr("Export meetings"), path, status.ok(), status.ok() ? QString() : status.error().message);
}

void ExchangeActions::exportArchive()
{
    Database* db = m_database();
    if (!db)
        return;
    const QString path = saveFileName(tr("Export the archive"), QStringLiteral("maillage.maillage.json"),
                                      tr("Maillage archive (*.json)"));
    if (path.isEmpty())
        return;
    const Status status = archive::writeArchiveFile(*db, path);
    report(tr("Export the archive"), path, status.ok(), status.ok() ? QString() : status.error().message);
}

} // namespace maillage::ui
