// SPDX-License-Identifier: EUPL-1.2
// The plan booklet: cover, table of contents, timeline, then per axis a summary and its fiches.
#include "core/documents/DocumentText.h"
#include "core/documents/plan/PlanCover.h"
#include "core/documents/plan/PlanDocument.h"
#include "core/documents/plan/TimelineChart.h"
#include "core/documents/plan/TimelineTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QUrl>

#include <cmath>

namespace maillage::plandocs {

namespace {

void markLast(QTextDocument& document, const QString& key, bool pageBreak)
{
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat format;
    if (!key.isEmpty())
        format.setProperty(kAnchorProperty, key);
    if (pageBreak)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.mergeBlockFormat(format);
}

QString pageOf(const QHash<QString, int>& pages, const QString& key)
{
    // Before the first layout the numbers are unknown: same width, so the layout does not move.
    return pages.contains(key) ? QString::number(pages.value(key)) : QStringLiteral("00");
}

/// Page 1: painted by PlanDocumentWriter over an empty page (PDF, printer), or written as text (ODT).
void cover(DocumentBuilder& b, const PlanDossier& dossier, TimelineAs as)
{
    if (as == TimelineAs::Image)
        coverText(b, dossier);
    else
        b.paragraph(QString());
}

void contents(DocumentBuilder& b, QTextDocument& document, const PlanDossier& dossier,
              const QHash<QString, int>& pages)
{
    b.heading(PlanText::tr("Contents"));
    markLast(document, {}, true);
    std::vector<QStringList> rows;
    rows.push_back({PlanText::tr("Timeline of the action sheets"), pageOf(pages, QStringLiteral("timeline"))});
    for (const Axis& axis : dossier.axes) {
        rows.push_back({PlanText::axisTitle(axis), pageOf(pages, QStringLiteral("axis:%1").arg(axis.id))});
        for (const ActionSheet* sheet : dossier.sheetsOf(axis.id))
            rows.push_back({QStringLiteral("\u2003") + sheet->code + QStringLiteral("  ") + sheet->title,
                            pageOf(pages, QStringLiteral("fiche:") + sheet->code)});
    }
    b.table({{PlanText::tr("Section"), 88}, {PlanText::tr("Page"), 12}}, rows);
}

void timeline(DocumentBuilder& b, QTextDocument& document, const PlanDossier& dossier, TimelineAs as)
{
    b.heading(PlanText::tr("Timeline of the action sheets"));
    markLast(document, QStringLiteral("timeline"), true);
    TimelineChart chart = TimelineChart::fromPlan(dossier.plan, dossier.axes, dossier.sheets);
    chart.setToday(dossier.today);
    // Chunks that fit on a page of text (about 650 pt under the heading).
    const int perChunk = chart.rowsFitting(640, 72);
    if (as == TimelineAs::Drawing)
        TimelineTextObject::install(document, chart);
    for (int first = 0, n = 0; first < std::max(1, chart.rowCount()); first += perChunk, ++n) {
        b.paragraph(QString());
        QTextCursor cursor(&document);
        cursor.movePosition(QTextCursor::End);
        if (as == TimelineAs::Drawing) {
            TimelineTextObject::insert(cursor, first, perChunk);
            continue;
        }
        // ODT: a picture at 150 dpi, 17 cm wide like the text.
        const qreal dpi = 150;
        const qreal width = 170 / 25.4 * dpi;
        const qreal height = chart.heightFor(first, perChunk, dpi);
        QImage image(QSize(int(width), int(std::ceil(height))), QImage::Format_RGB32);
        image.setDotsPerMeterX(int(dpi / 0.0254));
        image.setDotsPerMeterY(int(dpi / 0.0254));
        image.fill(Qt::white);
        QPainter painter(&image);
        chart.paint(painter, QRectF(0, 0, width, height), first, perChunk);
        painter.end();
        const QString name = QStringLiteral("timeline-%1.png").arg(n);
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        QTextImageFormat format;
        format.setName(name);
        format.setWidth(DocumentStyle::px(170 / 25.4 * 72));
        format.setHeight(DocumentStyle::px(170 / 25.4 * 72) * height / width);
        cursor.insertImage(format);
    }
}

void axisSummary(DocumentBuilder& b, QTextDocument& document, const PlanDossier& dossier, const Axis& axis,
                 bool newPage)
{
    if (!newPage)
        b.spacing(18);
    b.heading(PlanText::axisTitle(axis));
    markLast(document, QStringLiteral("axis:%1").arg(axis.id), newPage);
    if (!axis.description.trimmed().isEmpty())
        b.paragraph(axis.description.trimmed());
    std::vector<QStringList> rows;
    for (const ActionSheet* sheet : dossier.sheetsOf(axis.id))
        rows.push_back({sheet->code, sheet->title, dossier.organisationName(sheet->leadOrganisationId),
                        labelOf(sheet->status)});
    if (rows.empty()) {
        b.paragraph(PlanText::tr("No action sheet in this axis yet."));
        return;
    }
    b.table({{PlanText::tr("Code"), 9},
             {PlanText::tr("Action sheet"), 49},
             {PlanText::tr("Lead organisation"), 27},
             {PlanText::tr("Status"), 15}},
            rows);
}

} // namespace

PlanDocument bookletDocument(const PlanDossier& dossier, TimelineAs as, const QHash<QString, int>& pages)
{
    PlanDocument document;
    document.text = std::make_unique<QTextDocument>();
    QTextDocument& text = *document.text;
    DocumentBuilder builder(text);
    cover(builder, dossier, as);
    contents(builder, text, dossier, pages);
    timeline(builder, text, dossier, as);
    // An axis without fiches yet shares the page of the empty axis before it.
    bool afterEmptyAxis = false;
    for (const Axis& axis : dossier.axes) {
        axisSummary(builder, text, dossier, axis, !afterEmptyAxis);
        afterEmptyAxis = dossier.sheetsOf(axis.id).empty();
        for (const ActionSheet* sheet : dossier.sheetsOf(axis.id))
            buildFiche(builder, text, dossier, *sheet, true);
    }
    document.decoration.councilName = dossier.councilName();
    document.decoration.documentTitle = dossier.plan.title;
    document.decoration.plainFirstPage = true;
    document.decoration.footerText =
        PlanText::tr("Action plan %1–%2").arg(dossier.plan.firstYear).arg(dossier.plan.lastYear);
    return document;
}

QHash<QString, int> anchorPages(QTextDocument& document)
{
    QHash<QString, int> pages;
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return pages;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (!format.hasProperty(kAnchorProperty))
            continue;
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        // The middle of the heading: its top may sit a rounding error above the page it starts.
        pages.insert(format.stringProperty(kAnchorProperty), int(std::floor(rect.center().y() / pageHeight)) + 1);
    }
    return pages;
}

} // namespace maillage::plandocs
