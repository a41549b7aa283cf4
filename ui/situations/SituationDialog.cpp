// SPDX-License-Identifier: EUPL-1.2
#include "ui/situations/SituationDialog.h"

#include "core/situations/SituationStatistics.h"
#include "ui/events/DialogChecks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace maillage::ui {

namespace {

/// A date that may be absent: a check box enables it.
QWidget* optionalDate(QCheckBox*& check, QDateEdit*& edit, const QString& name, const QString& label,
                      const QDate& date, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    check = new QCheckBox(label, box);
    check->setObjectName(name + QStringLiteral("Set"));
    check->setChecked(date.isValid());
    edit = makeDateEdit(name, date, box);
    edit->setEnabled(date.isValid());
    QObject::connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    row->addWidget(check);
    row->addWidget(edit);
    row->addStretch(1);
    return box;
}

} // namespace

QLabel* makeConfidentialBanner(QWidget* parent)
{
    auto* banner = new QLabel(SituationDialog::tr("Confidential — pseudonymous register of the cellule de situations. "
                                                  "Do not print, copy or send without need."),
                              parent);
    banner->setObjectName(QStringLiteral("confidentialBanner"));
    banner->setWordWrap(true);
    banner->setStyleSheet(QStringLiteral("QLabel { background: #b00020; color: white; font-weight: bold; "
                                         "padding: 6px 10px; border-radius: 3px; }"));
    return banner;
}

SituationDialog::SituationDialog(const Situation& situation, const QStringList& sectors, QWidget* parent)
    : QDialog(parent), m_situation(situation)
{
    setObjectName(QStringLiteral("situationDialog"));
    setWindowTitle(tr("Situation %1").arg(situation.pseudonym));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeConfidentialBanner(this));
    auto* form = new QFormLayout;
    layout->addLayout(form);
    auto* pseudonym = new QLabel(situation.pseudonym, this);
    pseudonym->setObjectName(QStringLiteral("situationPseudonym"));
    pseudonym->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Pseudonymous identifier:"), pseudonym);
    m_sector = new QComboBox(this);
    m_sector->setObjectName(QStringLiteral("situationSector"));
    m_sector->setEditable(true);
    m_sector->addItems(sectors);
    m_sector->setCurrentText(situation.referralSector);
    form->addRow(tr("&Referred by:"), m_sector);
    m_opened = makeDateEdit(QStringLiteral("situationOpened"), situation.openedOn, this);
    form->addRow(tr("&Opened on:"), m_opened);
    form->addRow(tr("Last contact:"), optionalDate(m_hasLastContact, m_lastContact, QStringLiteral("situationLastContact"),
                                                   tr("on"), situation.lastContactOn, this));

    m_categories = new QListWidget(this);
    m_categories->setObjectName(QStringLiteral("situationCategories"));
    m_categories->setMaximumHeight(130);
    QStringList others = situation.categories;
    for (const QString& category : SituationStatistics::standardCategories()) {
        auto* item = new QListWidgetItem(category, m_categories);
        item->setCheckState(situation.categories.contains(category) ? Qt::Checked : Qt::Unchecked);
        others.removeAll(category);
    }
    form->addRow(tr("Problem &categories:"), m_categories);
    m_otherCategories = new QLineEdit(others.join(QStringLiteral("; ")), this);
    m_otherCategories->setObjectName(QStringLiteral("situationOtherCategories"));
    m_otherCategories->setPlaceholderText(tr("Other categories, separated by semicolons"));
    form->addRow(tr("O&ther:"), m_otherCategories);

    auto* reviews = new QWidget(this);
    auto* reviewRow = new QHBoxLayout(reviews);
    reviewRow->setContentsMargins(0, 0, 0, 0);
    m_reviews = new QListWidget(reviews);
    m_reviews->setObjectName(QStringLiteral("situationReviews"));
    m_reviews->setMaximumHeight(80);
    for (const QDate& date : situation.reviewDates) {
        auto* item = new QListWidgetItem(QLocale().toString(date, QLocale::ShortFormat), m_reviews);
        item->setData(Qt::UserRole, date);
    }
    m_reviewDate = makeDateEdit(QStringLiteral("situationReviewDate"), QDate::currentDate(), reviews);
    auto* add = new QPushButton(tr("Add"), reviews);
    add->setObjectName(QStringLiteral("addReview"));
    auto* remove = new QPushButton(tr("Remove"), reviews);
    remove->setObjectName(QStringLiteral("removeReview"));
    reviewRow->addWidget(m_reviews, 1);
    auto* reviewButtons = new QVBoxLayout;
    reviewButtons->addWidget(m_reviewDate);
    reviewButtons->addWidget(add);
    reviewButtons->addWidget(remove);
    reviewButtons->addStretch(1);
    reviewRow->addLayout(reviewButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        auto* item = new QListWidgetItem(QLocale().toString(m_reviewDate->date(), QLocale::ShortFormat), m_reviews);
        item->setData(Qt::UserRole, m_reviewDate->date());
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_reviews->currentItem(); });
    form->addRow(tr("Re&view dates:"), reviews);

    m_outcome = new QPlainTextEdit(situation.outcome, this);
    m_outcome->setObjectName(QStringLiteral("situationOutcome"));
    m_outcome->setMaximumHeight(60);
    m_outcome->setPlaceholderText(tr("What was decided or obtained — without names or identifying details"));
    form->addRow(tr("O&utcome:"), m_outcome);

    form->addRow(tr("Consent:"), optionalDate(m_consent, m_consentOn, QStringLiteral("situationConsentOn"),
                                              tr("given on"), situation.consentOn, this));
    m_consentHow = new QComboBox(this);
    m_consentHow->setObjectName(QStringLiteral("situationConsentHow"));
    m_consentHow->setEditable(true);
    m_consentHow->addItems({tr("Orally, noted by the referrer"), tr("In writing"), tr("Through a legal guardian")});
    m_consentHow->setCurrentText(situation.consentHow);
    form->addRow(tr("Consent &given how:"), m_consentHow);
    m_consentScope = new QLineEdit(situation.consentScope, this);
    m_consentScope->setObjectName(QStringLiteral("situationConsentScope"));
    m_consentScope->setPlaceholderText(tr("Which partners may share what"));
    form->addRow(tr("Consent &scope:"), m_consentScope);
    form->addRow(tr("Closed:"), optionalDate(m_closed, m_closedOn, QStringLiteral("situationClosedOn"), tr("on"),
                                             situation.closedOn, this));

    m_problems = makeProblemsLabel(QStringLiteral("situationProblems"), this);
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("situationButtons"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SituationDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Situation SituationDialog::situation() const
{
    Situation s = m_situation;
    s.referralSector = m_sector->currentText().trimmed();
    s.openedOn = m_opened->date();
    s.lastContactOn = m_hasLastContact->isChecked() ? m_lastContact->date() : QDate();
    s.categories.clear();
    for (int row = 0; row < m_categories->count(); ++row)
        if (m_categories->item(row)->checkState() == Qt::Checked)
            s.categories << m_categories->item(row)->text();
    for (const QString& other : m_otherCategories->text().split(u';', Qt::SkipEmptyParts))
        if (!other.trimmed().isEmpty() && !s.categories.contains(other.trimmed()))
            s.categories << other.trimmed();
    s.reviewDates.clear();
    for (int row = 0; row < m_reviews->count(); ++row)
        s.reviewDates.push_back(m_reviews->item(row)->data(Qt::UserRole).toDate());
    s.outcome = m_outcome->toPlainText().trimmed();
    s.consentOn = m_consent->isChecked() ? m_consentOn->date() : QDate();
    s.consentHow = m_consent->isChecked() ? m_consentHow->currentText().trimmed() : QString();
    s.consentScope = m_consent->isChecked() ? m_consentScope->text().trimmed() : QString();
    s.closedOn = m_closed->isChecked() ? m_closedOn->date() : QDate();
    return s;
}

void SituationDialog::tryAccept()
{
    acceptUnlessProblems(*this, *m_problems, situation().validate());
}

} // namespace maillage::ui
