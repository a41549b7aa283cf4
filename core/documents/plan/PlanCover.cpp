// SPDX-License-Identifier: EUPL-1.2
#include "core/documents/plan/PlanCover.h"

#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentText.h"
#include "core/documents/plan/PlanDocument.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace maillage::plandocs {

namespace {

const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kSoft(0x5b, 0x7d, 0xa8);
const QColor kGrey(0x55, 0x55, 0x55);

QString periodText(const ActionPlan& plan)
{
    return plan.firstYear == plan.lastYear ? QString::number(plan.firstYear)
                                           : QStringLiteral("%1 – %2").arg(plan.firstYear).arg(plan.lastYear);
}

/// Draws text wrapped in rect's width from its top; returns the height used.
qreal drawWrapped(QPainter& painter, const QRectF& rect, const QString& text, int flags = Qt::AlignLeft)
{
    const QRectF used = painter.boundingRect(rect, flags | Qt::TextWordWrap, text);
    painter.drawText(rect, flags | Qt::TextWordWrap, text);
    return used.height();
}

} // namespace

QStringList coverContents(const PlanDossier& dossier)
{
    QStringList lines;
    for (const Axis& axis : dossier.axes)
        lines << PlanText::tr("%1 · %n action sheet(s)", nullptr, int(dossier.sheetsOf(axis.id).size()))
                     .arg(PlanText::axisTitle(axis));
    return lines;
}

void paintCover(QPainter& painter, const QRectF& page, qreal dpi, const PlanDossier& dossier)
{
    const auto mm = [dpi](qreal v) { return v * dpi / 25.4; };
    const QRectF text = page.adjusted(mm(22), mm(20), -mm(22), -mm(20));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);

    // Letterhead: the logo, then the council's name and address beside it.
    qreal x = text.left();
    const QImage logo = dossier.identity.logoImage(900);
    if (!logo.isNull()) {
        QSizeF size = logo.size();
        size.scale(mm(45), mm(28), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(QPointF(text.left(), text.top()), size), logo);
        x += size.width() + mm(8);
    }
    const QRectF head(x, text.top(), text.right() - x, mm(30));
    painter.setPen(kAccent);
    painter.setFont(DocumentStyle::font(14, true));
    qreal y = head.top() + drawWrapped(painter, head, dossier.councilName());
    if (!dossier.identity.address.trimmed().isEmpty()) {
        painter.setPen(kGrey);
        painter.setFont(DocumentStyle::font(9));
        y += mm(1.5) +
             drawWrapped(painter, QRectF(x, y + mm(1.5), head.width(), mm(20)), dossier.identity.address.trimmed());
    }
    // The rule under the letterhead, below the logo when it is the taller.
    const qreal ruleY = std::max(y, logo.isNull() ? y : text.top() + mm(28)) + mm(5);
    painter.setPen(QPen(kAccent, mm(0.4)));
    painter.drawLine(QPointF(text.left(), ruleY), QPointF(text.right(), ruleY));

    // The title block, a third down the page.
    y = page.top() + mm(92);
    painter.setPen(kSoft);
    QFont kicker = DocumentStyle::font(11, true);
    kicker.setLetterSpacing(QFont::PercentageSpacing, 115);
    painter.setFont(kicker);
    y += drawWrapped(painter, QRectF(text.left(), y, text.width(), mm(10)), PlanText::tr("ACTION PLAN")) + mm(3);
    painter.setPen(kAccent);
    // As large as fits on one line, down to 20 pt; longer titles wrap.
    qreal titleSize = 26;
    while (titleSize > 20 && QFontMetricsF(DocumentStyle::font(titleSize, true), painter.device())
                                     .horizontalAdvance(dossier.plan.title) > text.width())
        titleSize -= 1;
    painter.setFont(DocumentStyle::font(titleSize, true));
    y += drawWrapped(painter, QRectF(text.left(), y, text.width(), mm(60)), dossier.plan.title) + mm(4);
    // The period, unless the title already says it.
    if (!dossier.plan.title.contains(QString::number(dossier.plan.firstYear)) ||
        !dossier.plan.title.contains(QString::number(dossier.plan.lastYear))) {
        painter.setPen(kSoft);
        painter.setFont(DocumentStyle::font(18));
        y += drawWrapped(painter, QRectF(text.left(), y, text.width(), mm(14)), periodText(dossier.plan));
    }
    y += mm(5);
    painter.fillRect(QRectF(text.left(), y, mm(40), mm(1.6)), kAccent);
    y += mm(14);

    // Contents: each axis with its number of fiches, then the timeline.
    painter.setPen(kAccent);
    painter.setFont(DocumentStyle::font(11, true));
    y += drawWrapped(painter, QRectF(text.left(), y, text.width(), mm(8)), PlanText::tr("Contents")) + mm(2.5);
    painter.setFont(DocumentStyle::font(10));
    painter.setPen(Qt::black);
    QStringList lines = coverContents(dossier);
    lines << PlanText::tr("Timeline of the action sheets");
    const qreal contentsBottom = page.bottom() - mm(44);
    for (const QString& line : lines) {
        const QRectF room(text.left() + mm(5), y, text.width() - mm(5), contentsBottom - y);
        if (room.height() < mm(6))
            break; // a very long plan: the full table of contents follows on the next page
        painter.fillRect(QRectF(text.left(), y + mm(1.6), mm(1.6), mm(1.6)), kSoft);
        y += drawWrapped(painter, room, line) + mm(2);
    }

    // Foot band: the council and the edition date.
    const QRectF band(page.left(), page.bottom() - mm(26), page.width(), mm(26));
    painter.fillRect(band, kAccent);
    const QRectF bandText = band.adjusted(mm(22), mm(6), -mm(22), -mm(6));
    painter.setPen(Qt::white);
    painter.setFont(DocumentStyle::font(10, true));
    painter.drawText(QRectF(bandText.left(), bandText.top(), bandText.width() * 0.6, bandText.height()),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, dossier.councilName());
    painter.setFont(DocumentStyle::font(10));
    painter.drawText(bandText, Qt::AlignRight | Qt::AlignVCenter,
                     PlanText::tr("Edition of %1").arg(DocumentText::longDate(dossier.today)));
    painter.restore();
}

void coverText(DocumentBuilder& builder, const PlanDossier& dossier)
{
    builder.letterhead(dossier.identity.logoImage(600), dossier.councilName(), dossier.identity.address);
    builder.spacing(90);
    builder.titleBlock(dossier.plan.title,
                       {dossier.councilName(), PlanText::tr("Action plan %1").arg(periodText(dossier.plan)),
                        PlanText::tr("Edition of %1").arg(DocumentText::longDate(dossier.today))});
    builder.spacing(30);
    builder.paragraph(PlanText::tr("Contents"), true);
    QStringList lines = coverContents(dossier);
    lines << PlanText::tr("Timeline of the action sheets");
    builder.bullets(lines);
}

} // namespace maillage::plandocs
