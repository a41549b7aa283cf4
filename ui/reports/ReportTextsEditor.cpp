// SPDX-License-Identifier: EUPL-1.2
#include "ui/reports/ReportTextsEditor.h"

#include "core/storage/ReportTextRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace maillage::ui {

ReportTextsEditor::ReportTextsEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reportTextsEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* councilLabel = new QLabel(tr("Texts of"), this);
    m_council = new QComboBox(this);
    m_council->setObjectName(QStringLiteral("reportTextsCouncil"));
    councilLabel->setBuddy(m_council);
    top->addWidget(councilLabel);
    top->addWidget(m_council, 1);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTextsTabs"));
    for (ReportSection section : allValues<ReportSection>()) {
        auto* editor = new QPlainTextEdit(m_tabs);
        editor->setObjectName(QStringLiteral("reportText-") + codeOf(section));
        editor->setAccessibleName(labelOf(section));
        editor->setPlaceholderText(tr("Write here; leave a blank line between paragraphs."));
        m_tabs->addTab(editor, labelOf(section));
        m_editors[section] = editor;
        connect(editor, &QPlainTextEdit::modificationChanged, this,
                [this] { m_save->setEnabled(isModified()); });
    }
    layout->addWidget(m_tabs, 1);

    auto* bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportTextsStatus"));
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("&Save the texts"), this);
    m_save->setObjectName(QStringLiteral("saveReportTexts"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the texts (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_save->setEnabled(false);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_save);
    layout->addLayout(bottom);

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_council, &QComboBox::currentIndexChanged, this, [this] {
        if (isModified() && m_loadedCouncil != currentCouncil() && m_loadedCouncil != 0) {
            const auto answer = QMessageBox::question(this, tr("Unsaved texts"),
                                                      tr("Save the texts of the previous council first?"),
                                                      QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
            if (answer == QMessageBox::Save) {
                const qint64 wanted = currentCouncil();
                QSignalBlocker block(m_council);
                m_council->setCurrentIndex(m_council->findData(m_loadedCouncil));
                save();
                m_council->setCurrentIndex(m_council->findData(wanted));
            }
        }
        load();
    });
}

void ReportTextsEditor::setScope(Database* db, const std::vector<std::pair<qint64, QString>>& councils, int year)
{
    m_db = db;
    m_year = year;
    const qint64 previous = currentCouncil();
    {
        QSignalBlocker block(m_council);
        m_council->clear();
        for (const auto& [id, name] : councils)
            m_council->addItem(name, id);
        const int index = m_council->findData(previous);
        m_council->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_council->setEnabled(councils.size() > 1);
    load();
}

qint64 ReportTextsEditor::currentCouncil() const
{
    return m_council->currentData().toLongLong();
}

bool ReportTextsEditor::isModified() const
{
    for (const auto& [section, editor] : m_editors)
        if (editor->document()->isModified())
            return true;
    return false;
}

void ReportTextsEditor::load()
{
    m_texts.clear();
    m_loadedCouncil = currentCouncil();
    const bool usable = m_db && m_loadedCouncil > 0;
    if (usable) {
        auto texts = ReportTextRepository(*m_db).list(m_loadedCouncil, m_year);
        if (texts.ok())
            m_texts = texts.value();
        else
            m_status->setText(texts.error().message);
    }
    for (const auto& [section, editor] : m_editors) {
        QString body;
        for (const ReportText& text : m_texts)
            if (text.section == section)
                body = text.body;
        editor->setPlainText(body);
        editor->document()->setModified(false);
        editor->setEnabled(usable);
    }
    m_status->setText(usable ? tr("Texts of the year %1.").arg(m_year) : tr("No council to write for."));
    m_save->setEnabled(false);
}

bool ReportTextsEditor::save()
{
    if (!m_db || m_loadedCouncil <= 0)
        return false;
    std::vector<ReportText> changed;
    for (const auto& [section, editor] : m_editors) {
        if (!editor->document()->isModified())
            continue;
        ReportText text;
        text.councilId = m_loadedCouncil;
        text.year = m_year;
        text.section = section;
        for (const ReportText& stored : m_texts)
            if (stored.section == section)
                text = stored;
        text.body = editor->toPlainText().trimmed();
        changed.push_back(text);
    }
    if (changed.empty())
        return true;
    const Status status = ReportTextRepository(*m_db).save(changed);
    if (!status.ok()) {
        m_status->setText(status.error().message);
        QMessageBox::warning(this, tr("Texts not saved"), status.error().message);
        return false;
    }
    for (const ReportText& text : changed) {
        auto stored = std::find_if(m_texts.begin(), m_texts.end(),
                                   [&](const ReportText& t) { return t.section == text.section; });
        if (stored == m_texts.end())
            m_texts.push_back(text);
        else
            *stored = text;
        m_editors[text.section]->document()->setModified(false);
    }
    m_save->setEnabled(false);
    m_status->setText(tr("Texts saved."));
    emit saved();
    return true;
}

} // namespace maillage::ui
