// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ReportText.h"

#include <QWidget>

#include <map>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace maillage {
class Database;
}

namespace maillage::ui {

/// The report's free texts of one council and year (le mot des présidents, synthèse, bilan, perspectives),
/// one tab per section, saved together through ReportTextRepository.
class ReportTextsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ReportTextsEditor(QWidget* parent = nullptr);

    /// The councils to choose from (id → name) and the year; reloads the texts.
    void setScope(Database* db, const std::vector<std::pair<qint64, QString>>& councils, int year);
    bool isModified() const;
    /// Saves the texts of the council shown; false (and a message) when it failed.
    bool save();

signals:
    /// The texts were saved: the preview is out of date.
    void saved();

private:
    void load();
    qint64 currentCouncil() const;

    Database* m_db = nullptr;
    int m_year = 0;
    QComboBox* m_council = nullptr;
    QTabWidget* m_tabs = nullptr;
    std::map<ReportSection, QPlainTextEdit*> m_editors;
    std::vector<ReportText> m_texts;
    QPushButton* m_save = nullptr;
    QLabel* m_status = nullptr;
    qint64 m_loadedCouncil = 0;
};

} // namespace maillage::ui
