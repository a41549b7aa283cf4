// SPDX-License-Identifier: EUPL-1.2
// NetworkMapPage: the selected organisation, the sectors that carry the council, and the exports.
#include "ui/network/NetworkMapPage.h"

#include "core/network/NetworkExport.h"
#include "core/network/NetworkPainter.h"
#include "ui/network/NetworkMapView.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextBrowser>

namespace maillage::ui {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + QStringLiteral("\u00a0%");
}

} // namespace

void NetworkMapPage::showNode(int index)
{
    m_view->highlight(index);
    if (index < 0 || index >= int(m_graph.nodes.size()))
        return;
    const NetworkNode& node = m_graph.nodes[size_t(index)];
    QString html = QStringLiteral("<h3>%1</h3><p><span style='color:%2'>&#9679;</span> %3</p>")
                       .arg(node.name.toHtmlEscaped(), node.color.name(), node.sectorLabel.toHtmlEscaped());
    html += QStringLiteral("<p>") + tr("%n meeting(s) attended in the period", nullptr, node.participation) +
            QStringLiteral("<br>") + tr("%n partner(s) linked", nullptr, node.degree) + QStringLiteral("<br>") +
            tr("Bridging role (betweenness): %1").arg(QLocale().toString(node.betweenness, 'f', 3)) +
            QStringLiteral("<br>") + tr("Group %1").arg(node.community + 1) + QStringLiteral("</p>");
    QStringList instances, sheets;
    for (qint64 id : node.instances)
        instances << m_graph.instanceName(id).toHtmlEscaped();
    for (qint64 id : node.sheets)
        sheets << m_graph.sheetName(id).toHtmlEscaped();
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(tr("Instances"), instances.isEmpty() ? tr("none") : instances.join(QStringLiteral("<br>")));
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(tr("Action sheets"), sheets.isEmpty() ? tr("none") : sheets.join(QStringLiteral("<br>")));
    m_details->setHtml(html);
}

void NetworkMapPage::updateSummary()
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Who carries the council"));
    html += QStringLiteral("<p style='color:#555'>%1</p>")
                .arg(tr("Sectors ranked by their share of attendance and of bridging between partners."));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'><tr><th></th><th align='left'>%1</th>"
                           "<th align='right'>%2</th><th align='right'>%3</th></tr>")
                .arg(tr("Sector"), tr("Attendance"), tr("Bridging"));
    for (const SectorWeight& sector : sectorsCarryingCouncil(m_graph))
        html += QStringLiteral("<tr><td><span style='color:%1; font-size:large'>&#9632;</span></td><td>%2 (%3)</td>"
                               "<td align='right'>%4</td><td align='right'>%5</td></tr>")
                    .arg(sector.color, sector.label.toHtmlEscaped())
                    .arg(sector.organisations)
                    .arg(percent(sector.participationShare), percent(sector.betweennessShare));
    html += QStringLiteral("</table>");
    m_summary->setHtml(html);
}

bool NetworkMapPage::exportImage(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const MapStyle style{true, 40, -1};
    if (suffix == QLatin1String("pdf")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12)));
            writer.setResolution(150);
            writer.setTitle(tr("Partner network"));
            QPainter painter(&writer);
            const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
            QFont font = painter.font();
            font.setPixelSize(page.height() / 30);
            font.setBold(true);
            painter.setFont(font);
            const QString title = tr("Partner network, %1 – %2")
                                      .arg(QLocale().toString(m_graph.from, QLocale::ShortFormat),
                                           QLocale().toString(m_graph.to, QLocale::ShortFormat));
            const QRectF titleRect(0, 0, page.width(), page.height() / 18.0);
            painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
            drawNetworkMap(painter, QRectF(0, titleRect.bottom(), page.width(), page.height() - titleRect.bottom()),
                           m_graph, m_layout, style);
        }
        if (Status status = writeFileAtomically(path, buffer.data()); !status) {
            m_lastError = status.error().message;
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("svg")) {
        QBuffer buffer;
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(1600, 1100));
        generator.setViewBox(QRect(0, 0, 1600, 1100));
        generator.setTitle(tr("Partner network"));
        {
            QPainter painter(&generator);
            painter.fillRect(QRect(0, 0, 1600, 1100), Qt::white);
            drawNetworkMap(painter, QRectF(20, 20, 1560, 1060), m_graph, m_layout, style);
        }
        if (Status status = writeFileAtomically(path, buffer.data()); !status) {
            m_lastError = status.error().message;
            return false;
        }
        return true;
    }
    QImage image(2400, 1650, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        drawNetworkMap(painter, QRectF(30, 30, 2340, 1590), m_graph, m_layout, style);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        m_lastError = tr("Could not write the image %1.").arg(path);
        return false;
    }
    return true;
}

bool NetworkMapPage::exportGraphMl(const QString& path)
{
    if (Status status = writeFileAtomically(path, networkGraphMl(m_graph)); !status) {
        m_lastError = status.error().message;
        return false;
    }
    return true;
}

bool NetworkMapPage::exportCsv(const QString& basePath)
{
    QString base = basePath;
    if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    for (const auto& [suffix, bytes] : {std::pair{QStringLiteral("-elements.csv"), networkElementsCsv(m_graph)},
                                        std::pair{QStringLiteral("-connections.csv"), networkConnectionsCsv(m_graph)}})
        if (Status status = writeFileAtomically(base + suffix, bytes); !status) {
            m_lastError = status.error().message;
            return false;
        }
    return true;
}

void NetworkMapPage::report(bool ok)
{
    if (!ok)
        QMessageBox::warning(this, tr("Export"), m_lastError);
}

void NetworkMapPage::chooseImageExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the map"), tr("network-map.pdf"),
                                                      tr("PDF (*.pdf);;SVG image (*.svg);;PNG image (*.png)"));
    if (!path.isEmpty())
        report(exportImage(path));
}

void NetworkMapPage::chooseGraphExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the network as GraphML"),
                                                      tr("network.graphml"), tr("GraphML (*.graphml)"));
    if (!path.isEmpty())
        report(exportGraphMl(path));
}

void NetworkMapPage::chooseCsvExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export elements and connections (Kumu, Gephi)"),
                                                      tr("network.csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        report(exportCsv(path));
}

} // namespace maillage::ui
