// SPDX-License-Identifier: EUPL-1.2
// Files dropped on the main window: each goes to the import flow of its kind, with its preview.
#include "ui/main/MainWindow.h"

#include "ui/main/ExchangeActions.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace maillage::ui {

namespace {

enum class DroppedKind { Contacts, Calendar, Archive, Unknown };

DroppedKind kindOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard") || suffix == QLatin1String("csv"))
        return DroppedKind::Contacts;
    if (suffix == QLatin1String("ics"))
        return DroppedKind::Calendar;
    if (suffix == QLatin1String("json")) // *.maillage.json, or any archive renamed
        return DroppedKind::Archive;
    return DroppedKind::Unknown;
}

QStringList localFiles(const QMimeData* data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    const QList<QUrl> urls = data->urls();
    for (const QUrl& url : urls)
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    return files;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    // Every local file is taken, so that one Maillage cannot import is refused with a message naming it.
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has returned: the file manager the file comes from must not wait on our dialogs.
    QTimer::singleShot(0, this, [window = QPointer<MainWindow>(this), files] {
        for (const QString& file : files)
            if (window)
                window->openDroppedFile(file);
    });
}

bool MainWindow::openDroppedFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    const auto refuse = [this](const QString& text) {
        auto* box = new QMessageBox(QMessageBox::Information, tr("Open a file"), text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("dropRefused"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    };
    const DroppedKind kind = kindOf(path);
    if (kind == DroppedKind::Unknown)
        return refuse(tr("Maillage cannot import %1. It takes contacts (.vcf, .csv), meetings from a calendar "
                         "(.ics) and Maillage archives (.maillage.json).")
                          .arg(name));
    if (kind == DroppedKind::Archive)
        return m_exchange->importArchive(path);
    if (!m_db || isWelcomeShown())
        return refuse(tr("Create or open a council first: %1 is imported into it.").arg(name));
    if (kind == DroppedKind::Calendar)
        return m_exchange->importCalendarFile(path);
    return m_exchange->importContacts(path);
}

} // namespace maillage::ui
