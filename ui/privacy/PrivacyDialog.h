// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/storage/PrivacySql.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace maillage {

class Database;

/// The RGPD tools: the review of contacts without activity (confirm or erase), one person's data
/// (export as JSON or PDF, erase with a strong confirmation) and the processing register entry.
class PrivacyDialog : public QDialog
{
    Q_OBJECT
public:
    /// Asks the user to confirm erasing these people; the default shows EraseConfirmDialog.
    using ConfirmErase = std::function<bool(const QStringList& names)>;
    /// Asks where to save a file; the default is QFileDialog. Empty means cancelled.
    using AskSavePath = std::function<QString(const QString& title, const QString& suggested, const QString& filter)>;

    explicit PrivacyDialog(Database& db, QWidget* parent = nullptr);

    void setConfirmErase(ConfirmErase confirm) { m_confirmErase = std::move(confirm); }
    void setAskSavePath(AskSavePath ask) { m_askSavePath = std::move(ask); }
    void setToday(const QDate& today);

    enum Tab { ReviewTab, PersonTab, RegisterTab };
    void showTab(Tab tab);
    /// Chooses the person of the "Person" tab; false when not in the list (erased or unknown).
    bool selectPerson(qint64 contactId);
    qint64 selectedPerson() const;
    /// The contacts shown in the review list, in the order of its rows.
    std::vector<qint64> reviewIds() const;

signals:
    /// Contacts were confirmed or erased: the sections should reload.
    void dataChanged();

private:
    QWidget* createReviewTab();
    QWidget* createPersonTab();
    QWidget* createRegisterTab();
    void reloadReview();
    void reloadPeople();
    void showPerson();
    void showRegister();
    void confirmSelected();
    void eraseSelected();
    void erasePerson();
    void exportPerson(const QString& suffix);
    void saveRegister();
    bool erase(const std::vector<qint64>& ids, const QStringList& names);
    std::vector<qint64> selectedReviewIds() const;
    void showMessage(const QString& text, bool error);

    Database& m_db;
    QDate m_today = QDate::currentDate();
    ConfirmErase m_confirmErase;
    AskSavePath m_askSavePath;
    std::vector<ReviewCandidate> m_candidates;
    QTabWidget* m_tabs = nullptr;
    QSpinBox* m_years = nullptr;
    QTableWidget* m_review = nullptr;
    QComboBox* m_basis = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_eraseSelected = nullptr;
    QComboBox* m_person = nullptr;
    QTextBrowser* m_personView = nullptr;
    QPushButton* m_exportJson = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QPushButton* m_erasePerson = nullptr;
    QTextBrowser* m_registerView = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace maillage
