// SPDX-License-Identifier: EUPL-1.2
#include "ui/help/GuideWindow.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace maillage::ui {

QString GuideWindow::guideFolder()
{
    const QString app = QCoreApplication::applicationDirPath();
    QStringList candidates{app + QStringLiteral("/../share/doc/maillage/guide"),
                           app + QStringLiteral("/doc/guide")}; // Windows and macOS bundles
    candidates += QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("doc/maillage/guide"),
                                            QStandardPaths::LocateDirectory);
#ifdef MAILLAGE_GUIDE_SOURCE_DIR
    candidates += QStringLiteral(MAILLAGE_GUIDE_SOURCE_DIR); // running from the build tree
#endif
    for (const QString& folder : candidates)
        if (QFileInfo::exists(folder + QStringLiteral("/index.md")))
            return QDir(folder).absolutePath();
    return {};
}

GuideWindow::GuideWindow(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("guideWindow"));
    setWindowTitle(tr("User guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true);
    const QString folder = guideFolder();
    if (folder.isEmpty()) {
        m_browser->setMarkdown(tr("# User guide\n\nThe guide was not found next to Maillage. It is in the "
                                  "*docs/guide* folder of the sources."));
    } else {
        m_browser->setSearchPaths({folder});
        m_browser->setSource(QUrl::fromLocalFile(folder + QStringLiteral("/index.md")),
                             QTextDocument::MarkdownResource);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setObjectName(QStringLiteral("guideBack"));
    QPushButton* home = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    home->setObjectName(QStringLiteral("guideHome"));
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    back->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(860, 700);
}

} // namespace maillage::ui
