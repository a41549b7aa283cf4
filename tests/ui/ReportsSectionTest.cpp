// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoCouncil.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/ReportTextRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/reports/ReportsWidget.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace maillage;

TEST_CASE("The reports section saves a free text and exports the report with it", "[ui][report]")
{
    test::TestDatabase fx;
    REQUIRE(demo::generateDemoCouncil(fx.db(), QDate(2026, 6, 15)).ok());
    ui::ReportsWidget widget;
    widget.resize(1300, 800);
    widget.setDatabase(&fx.db());
    widget.setYear(2025);
    widget.show();

    auto* presidents = widget.findChild<QPlainTextEdit*>(QStringLiteral("reportText-presidents"));
    REQUIRE(presidents);
    REQUIRE(presidents->isEnabled());
    presidents->setFocus();
    QTest::keyClicks(presidents, QStringLiteral("Une belle annee de rencontres."));
    auto* save = widget.findChild<QPushButton*>(QStringLiteral("saveReportTexts"));
    REQUIRE(save);
    REQUIRE(save->isEnabled());
    QSignalSpy previewed(&widget, &ui::ReportsWidget::previewUpdated);
    save->click();
    REQUIRE(previewed.wait(60000));
    const qint64 council = CouncilRepository(fx.db()).first()->id;
    auto texts = ReportTextRepository(fx.db()).list(council, 2025);
    REQUIRE(texts.ok());
    REQUIRE(texts->size() == 1);
    CHECK(texts->front().body == QStringLiteral("Une belle annee de rencontres."));
    CHECK(widget.findChild<QPrintPreviewWidget*>(QStringLiteral("reportPreview"))->pageCount() > 8);

    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("rapport.pdf"));
    QSignalSpy exported(&widget, &ui::ReportsWidget::reportExported);
    REQUIRE(widget.exportReport(pdf));
    REQUIRE(exported.wait(60000));
    CHECK(exported.at(0).at(0).toBool());
    CHECK(exported.at(0).at(1).toString() == pdf);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    CHECK(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("Une belle annee de rencontres.")));

    const QString csv = folder.filePath(QStringLiteral("indicateurs.csv"));
    REQUIRE(widget.exportIndicators(csv));
    CHECK(QFile::exists(csv));

    // A custom period that ends before it starts is refused with a message, and nothing is written.
    widget.findChild<QCheckBox*>(QStringLiteral("reportCustomPeriod"))->setChecked(true);
    widget.findChild<QDateEdit*>(QStringLiteral("reportFrom"))->setDate(QDate(2025, 6, 1));
    widget.findChild<QDateEdit*>(QStringLiteral("reportTo"))->setDate(QDate(2025, 3, 1));
    const QString refused = folder.filePath(QStringLiteral("refused.pdf"));
    CHECK_FALSE(widget.exportReport(refused));
    CHECK_FALSE(QFile::exists(refused));
    auto* message = widget.findChild<QLabel*>(QStringLiteral("reportMessage"));
    REQUIRE(message);
    CHECK(message->isVisible());
}

namespace {

// Waits for the preview the section reads when it is first shown.
void waitForPreview(ui::ReportsWidget& widget)
{
    QSignalSpy previewed(&widget, &ui::ReportsWidget::previewUpdated);
    if (widget.isBusy())
        REQUIRE(previewed.wait(60000));
}

} // namespace

TEST_CASE("The report is written by a worker thread while the window keeps answering", "[ui][report]")
{
    test::TestDatabase fx;
    REQUIRE(demo::generateDemoCouncil(fx.db(), QDate(2026, 6, 15)).ok());
    ui::ReportsWidget widget;
    widget.resize(1300, 800);
    widget.setDatabase(&fx.db());
    widget.setYear(2025);
    widget.show();
    waitForPreview(widget);

    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("rapport.pdf"));
    QSignalSpy exported(&widget, &ui::ReportsWidget::reportExported);
    int ticks = 0; // the GUI thread's event loop runs while the report is built
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(5);
    REQUIRE(widget.exportReport(pdf));
    CHECK(widget.isBusy());
    CHECK(widget.findChild<QWidget*>(QStringLiteral("reportProgressRow"))->isVisible());
    CHECK_FALSE(widget.findChild<QPushButton*>(QStringLiteral("reportExportPdf"))->isEnabled());
    // A second report cannot start while one is being written.
    CHECK_FALSE(widget.exportReport(folder.filePath(QStringLiteral("second.pdf"))));
    REQUIRE(exported.wait(60000));
    timer.stop();
    CHECK(ticks >= 3);
    CHECK(exported.at(0).at(0).toBool());
    CHECK_FALSE(widget.isBusy());
    CHECK_FALSE(widget.findChild<QWidget*>(QStringLiteral("reportProgressRow"))->isVisible());
    CHECK(widget.findChild<QPushButton*>(QStringLiteral("reportExportPdf"))->isEnabled());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(file.size() > 20000);

    // The worker's own connection read the same data: the network map's caption is in the file.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(words.contains(QStringLiteral("attended the same meeting")));
}

TEST_CASE("Cancelling the report leaves no file and says so", "[ui][report]")
{
    test::TestDatabase fx;
    REQUIRE(demo::generateDemoCouncil(fx.db(), QDate(2026, 6, 15)).ok());
    ui::ReportsWidget widget;
    widget.resize(1300, 800);
    widget.setDatabase(&fx.db());
    widget.setYear(2025);
    widget.show();
    waitForPreview(widget);

    QTemporaryDir folder;
    const QString odt = folder.filePath(QStringLiteral("rapport.odt"));
    QSignalSpy exported(&widget, &ui::ReportsWidget::reportExported);
    REQUIRE(widget.exportReport(odt));
    auto* cancel = widget.findChild<QPushButton*>(QStringLiteral("reportCancel"));
    REQUIRE(cancel);
    REQUIRE(cancel->isVisible());
    cancel->click();
    REQUIRE(exported.wait(60000));
    CHECK_FALSE(exported.at(0).at(0).toBool());
    CHECK_FALSE(QFile::exists(odt));
    CHECK_FALSE(widget.isBusy());
    auto* message = widget.findChild<QLabel*>(QStringLiteral("reportMessage"));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("Cancelled")));

    // The section works again after a cancel.
    REQUIRE(widget.exportReport(odt));
    REQUIRE(exported.wait(60000));
    CHECK(exported.at(1).at(0).toBool());
    CHECK(QFile::exists(odt));
}
