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
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

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
    save->click();
    const qint64 council = CouncilRepository(fx.db()).first()->id;
    auto texts = ReportTextRepository(fx.db()).list(council, 2025);
    REQUIRE(texts.ok());
    REQUIRE(texts->size() == 1);
    CHECK(texts->front().body == QStringLiteral("Une belle annee de rencontres."));
    CHECK(widget.findChild<QPrintPreviewWidget*>(QStringLiteral("reportPreview"))->pageCount() > 8);

    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("rapport.pdf"));
    REQUIRE(widget.exportReport(pdf));
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
