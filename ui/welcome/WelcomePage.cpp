// SPDX-License-Identifier: EUPL-1.2
#include "ui/welcome/WelcomePage.h"

#include "ui/welcome/CouncilNameDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace maillage::ui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* column = new QWidget(this);
    column->setFixedWidth(620); // word-wrapped labels need a width to compute their height
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(14);

    auto* title = new QLabel(tr("Welcome to Maillage"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto* intro = new QLabel(tr("Maillage keeps the memory of your local mental health council: its partners, "
                                "its meetings and what was decided there, its action plan and its events. "
                                "Everything stays on this computer."),
                             column);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(10);

    auto* guided = makeBigButton(tr("Create your council step by step"),
                                 tr("Its name, the communes of its territory, its instances and, if you have them, "
                                    "its partners from a vCard or CSV file. A few minutes."),
                                 QStringLiteral("guidedButton"));
    layout->addWidget(guided);
    connect(guided, &QPushButton::clicked, this, &WelcomePage::guidedCreationRequested);
    auto* create = makeBigButton(tr("Create an empty council"),
                                 tr("Start with your own council: you only need its name to begin."),
                                 QStringLiteral("createEmptyButton"));
    m_demo = makeBigButton(tr("Discover with the demonstration council"),
                           tr("Explore a fictional council with several years of meetings, partners and actions. "
                              "Nothing you do there touches real data."),
                           QStringLiteral("demoButton"));
    layout->addWidget(create);
    layout->addWidget(m_demo);

    auto* open = new QPushButton(tr("Open an existing database…"), column);
    open->setObjectName(QStringLiteral("openExistingButton"));
    open->setFlat(true);
    open->setCursor(Qt::PointingHandCursor);
    open->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    layout->addWidget(open, 0, Qt::AlignLeft);

    m_location = new QLabel(column);
    m_location->setObjectName(QStringLiteral("welcomeLocation"));
    m_location->setWordWrap(true);
    m_location->setForegroundRole(QPalette::PlaceholderText);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_location);
    auto* privacy = new QLabel(tr("Maillage works without Internet: your council's data never leaves this computer."),
                               column);
    privacy->setObjectName(QStringLiteral("welcomePrivacy"));
    privacy->setWordWrap(true);
    privacy->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(privacy);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(create, &QPushButton::clicked, this, &WelcomePage::askCouncilName);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
}

QPushButton* WelcomePage::makeBigButton(const QString& title, const QString& text, const QString& objectName)
{
    // A button holding a bold title and a sentence: a plain QPushButton cannot wrap its text.
    auto* button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setAccessibleName(title);
    button->setCursor(Qt::PointingHandCursor);
    button->setMinimumHeight(100);
    auto* layout = new QVBoxLayout(button);
    layout->setContentsMargins(18, 12, 18, 12);
    auto* heading = new QLabel(title, button);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    heading->setFont(bold);
    auto* body = new QLabel(text, button);
    body->setWordWrap(true);
    for (QLabel* label : {heading, body})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(heading);
    layout->addWidget(body);
    return button;
}

void WelcomePage::setLocation(const QString& text)
{
    m_location->setText(text);
}

void WelcomePage::setDemoAvailable(bool available)
{
    m_demo->setEnabled(available);
    m_demo->setToolTip(available ? QString() : tr("The demonstration council is not available in this version."));
}

void WelcomePage::askCouncilName()
{
    CouncilNameDialog dialog(this);
    dialog.setObjectName(QStringLiteral("councilNameDialog"));
    if (dialog.exec() == QDialog::Accepted && !dialog.councilName().isEmpty())
        emit createEmptyRequested(dialog.councilName());
}

} // namespace maillage::ui
