// SPDX-License-Identifier: EUPL-1.2
#include "ui/calendar/IcsImportDialog.h"

#include "core/storage/InstanceRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maillage {

IcsImportDialog::IcsImportDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("icsImportDialog"));
    setWindowTitle(tr("Import meetings from a calendar"));
    resize(820, 520);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("icsPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("Choose an .ics file exported by a calendar (Outlook, Thunderbird, Google…)"));
    auto* browse = new QPushButton(tr("Choose a file…"), this);
    browse->setObjectName(QStringLiteral("icsBrowse"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("icsPreview"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Time"), tr("Title"), tr("Place"), tr("Warnings")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("icsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_instance = new QComboBox(this);
    m_instance->setObjectName(QStringLiteral("icsInstance"));
    auto* form = new QFormLayout;
    form->addRow(tr("Create the meetings in:"), m_instance);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("icsButtons"));
    QPushButton* import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("icsImport"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &IcsImportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importNow())
            accept();
    });
    connect(m_instance, &QComboBox::currentIndexChanged, this, &IcsImportDialog::updateButtons);
    loadInstances();
    updateButtons();
}

void IcsImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Calendar to import"), m_path->text(),
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool IcsImportDialog::loadFile(const QString& path)
{
    m_path->setText(path);
    auto preview = ical::previewCalendarFile(path);
    if (!preview.ok()) {
        m_preview.reset();
        m_table->setRowCount(0);
        m_message->setText(tr("This file cannot be imported: %1").arg(preview.error().message));
        updateButtons();
        return false;
    }
    m_preview = std::move(preview.value());
    showPreview();
    updateButtons();
    return true;
}

void IcsImportDialog::loadInstances()
{
    m_instance->clear();
    auto instances = InstanceRepository(m_db).list();
    if (!instances.ok()) {
        m_message->setText(instances.error().message);
        return;
    }
    for (const Instance& instance : instances.value())
        if (instance.active)
            m_instance->addItem(instance.name, instance.id);
}

void IcsImportDialog::showPreview()
{
    const auto& meetings = m_preview->meetings;
    m_table->setRowCount(int(meetings.size()));
    const QLocale locale;
    for (int row = 0; row < int(meetings.size()); ++row) {
        const ical::MeetingDraft& draft = meetings[size_t(row)];
        const QString time =
            draft.allDay ? tr("all day") : locale.toString(draft.startsAt.time(), QLocale::ShortFormat);
        const QString place = draft.place.isEmpty() ? draft.videoLink : draft.place;
        const QStringList cells{locale.toString(draft.startsAt.date(), QLocale::ShortFormat), time, draft.title, place,
                                draft.warnings.join(u' ')};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    QStringList lines{tr("%n meeting(s) will be created.", nullptr, int(meetings.size()))};
    lines << m_preview->warnings;
    m_message->setText(lines.join(u'\n'));
}

void IcsImportDialog::updateButtons()
{
    const bool ready = m_preview && !m_preview->meetings.empty() && m_instance->currentIndex() >= 0;
    for (QAbstractButton* button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(ready);
}

bool IcsImportDialog::importNow()
{
    if (!m_preview || m_instance->currentIndex() < 0)
        return false;
    auto created = ical::importMeetings(m_db, m_instance->currentData().toLongLong(), *m_preview);
    if (!created.ok()) {
        m_message->setText(tr("Nothing was imported: %1").arg(created.error().message));
        return false;
    }
    m_imported = created.value();
    m_message->setText(tr("%n meeting(s) imported.", nullptr, m_imported));
    return true;
}

} // namespace maillage
