// SPDX-License-Identifier: EUPL-1.2
#include "ui/help/AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace maillage::ui {

AboutDialog::AboutDialog(const QString& databaseLocation, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Maillage"));
    const QString database = databaseLocation.isEmpty() ? tr("no database open")
                                                        : QDir::toNativeSeparators(databaseLocation);
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/maillage/icons/maillage.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Maillage logo"));
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    text->setText(
        tr("<h3>Maillage %1</h3>"
           "<p>Maillage helps the coordinators of local mental health councils (CLSM) keep the memory of "
           "their council: partners, instances and meetings, decisions and follow-ups, the action plan, "
           "events and yearly reports.</p>"
           "<p>Free software under the European Union Public Licence (EUPL-1.2).</p>"
           "<p><b>Database:</b> %2<br>Everything stays on this computer: Maillage sends nothing over the "
           "network.</p>"
           "<p><small>Qt %3</small></p>")
            .arg(QStringLiteral(MAILLAGE_VERSION), database.toHtmlEscaped(), QString::fromLatin1(qVersion())));
    text->setMinimumWidth(420);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy the details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetails"));
    connect(copy, &QPushButton::clicked, this, [database] {
        QApplication::clipboard()->setText(QStringLiteral("Maillage %1, Qt %2, %3")
                                               .arg(QStringLiteral(MAILLAGE_VERSION),
                                                    QString::fromLatin1(qVersion()), database));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace maillage::ui
