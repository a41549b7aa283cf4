// SPDX-License-Identifier: EUPL-1.2
#include "core/network/NetworkExport.h"

#include "core/exchange/CsvFormat.h"
#include "core/network/NetworkGraph.h"

#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>

namespace maillage {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString nodeId(const NetworkNode& node)
{
    return QStringLiteral("o%1").arg(node.id);
}

QString kindsText(unsigned kinds)
{
    QStringList parts;
    if (kinds & unsigned(LinkKind::Membership))
        parts << QStringLiteral("instance");
    if (kinds & unsigned(LinkKind::Action))
        parts << QStringLiteral("action");
    if (kinds & unsigned(LinkKind::CoAttendance))
        parts << QStringLiteral("coattendance");
    return parts.join(u'|');
}

/// Names, with the id added to those that are not unique.
std::vector<QString> uniqueLabels(const NetworkGraph& graph)
{
    std::map<QString, int> counts;
    for (const NetworkNode& node : graph.nodes)
        ++counts[node.name];
    std::vector<QString> labels;
    for (const NetworkNode& node : graph.nodes)
        labels.push_back(counts[node.name] > 1 ? QStringLiteral("%1 (%2)").arg(node.name).arg(node.id) : node.name);
    return labels;
}

void key(QXmlStreamWriter& xml, const QString& id, const QString& scope, const QString& type)
{
    xml.writeStartElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("for"), scope);
    xml.writeAttribute(QStringLiteral("attr.name"), id);
    xml.writeAttribute(QStringLiteral("attr.type"), type);
    xml.writeEndElement();
}

void data(QXmlStreamWriter& xml, const QString& keyId, const QString& value)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), keyId);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

} // namespace

QByteArray networkGraphMl(const NetworkGraph& graph)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    for (const auto& [id, type] : std::vector<std::pair<QString, QString>>{
             {QStringLiteral("name"), QStringLiteral("string")}, {QStringLiteral("label"), QStringLiteral("string")},
             {QStringLiteral("sector"), QStringLiteral("string")}, {QStringLiteral("color"), QStringLiteral("string")},
             {QStringLiteral("participation"), QStringLiteral("int")}, {QStringLiteral("degree"), QStringLiteral("int")},
             {QStringLiteral("strength"), QStringLiteral("double")},
             {QStringLiteral("betweenness"), QStringLiteral("double")},
             {QStringLiteral("community"), QStringLiteral("int")}})
        key(xml, id, QStringLiteral("node"), type);
    for (const auto& [id, type] : std::vector<std::pair<QString, QString>>{
             {QStringLiteral("weight"), QStringLiteral("double")}, {QStringLiteral("instances"), QStringLiteral("int")},
             {QStringLiteral("actions"), QStringLiteral("int")}, {QStringLiteral("coattendance"), QStringLiteral("int")},
             {QStringLiteral("kinds"), QStringLiteral("string")}})
        key(xml, id, QStringLiteral("edge"), type);
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("maillage"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    for (const NetworkNode& node : graph.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(node));
        data(xml, QStringLiteral("name"), node.name);
        data(xml, QStringLiteral("label"), node.label);
        data(xml, QStringLiteral("sector"), node.sectorLabel);
        data(xml, QStringLiteral("color"), node.color.name());
        data(xml, QStringLiteral("participation"), QString::number(node.participation));
        data(xml, QStringLiteral("degree"), QString::number(node.degree));
        data(xml, QStringLiteral("strength"), number(node.strength));
        data(xml, QStringLiteral("betweenness"), number(node.betweenness));
        data(xml, QStringLiteral("community"), QString::number(node.community));
        xml.writeEndElement();
    }
    for (const NetworkEdge& edge : graph.edges) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("source"), nodeId(graph.nodes[size_t(edge.source)]));
        xml.writeAttribute(QStringLiteral("target"), nodeId(graph.nodes[size_t(edge.target)]));
        data(xml, QStringLiteral("weight"), QString::number(edge.weight()));
        data(xml, QStringLiteral("instances"), QString::number(edge.sharedInstances));
        data(xml, QStringLiteral("actions"), QString::number(edge.sharedActions));
        data(xml, QStringLiteral("coattendance"), QString::number(edge.coAttendance));
        data(xml, QStringLiteral("kinds"), kindsText(edge.kinds()));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray networkElementsCsv(const NetworkGraph& graph)
{
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += contacts::writeCsvLine({QStringLiteral("Id"), QStringLiteral("Label"), QStringLiteral("Type"),
                           QStringLiteral("Sector"), QStringLiteral("Color"), QStringLiteral("Participation"),
                           QStringLiteral("Degree"), QStringLiteral("Betweenness"), QStringLiteral("Community")},
                          u';');
    const std::vector<QString> labels = uniqueLabels(graph);
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const NetworkNode& node = graph.nodes[i];
        bytes += contacts::writeCsvLine({nodeId(node), labels[i], QStringLiteral("Organisation"), node.sectorLabel,
                               node.color.name(), QString::number(node.participation), QString::number(node.degree),
                               number(node.betweenness), QString::number(node.community)},
                              u';');
    }
    return bytes;
}

QByteArray networkConnectionsCsv(const NetworkGraph& graph)
{
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += contacts::writeCsvLine({QStringLiteral("Source"), QStringLiteral("Target"), QStringLiteral("From"),
                           QStringLiteral("To"), QStringLiteral("Type"), QStringLiteral("Connection Type"),
                           QStringLiteral("Weight"), QStringLiteral("Instances"), QStringLiteral("Actions"),
                           QStringLiteral("Meetings together")},
                          u';');
    const std::vector<QString> labels = uniqueLabels(graph);
    for (const NetworkEdge& edge : graph.edges) {
        const auto a = size_t(edge.source), b = size_t(edge.target);
        bytes += contacts::writeCsvLine({nodeId(graph.nodes[a]), nodeId(graph.nodes[b]), labels[a], labels[b],
                               QStringLiteral("Undirected"), kindsText(edge.kinds()), QString::number(edge.weight()),
                               QString::number(edge.sharedInstances), QString::number(edge.sharedActions),
                               QString::number(edge.coAttendance)},
                              u';');
    }
    return bytes;
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Error::Kind::Io, NetworkExportText::tr("Could not write the file %1.").arg(path),
                     file.errorString()};
    return {};
}

std::vector<SectorWeight> sectorsCarryingCouncil(const NetworkGraph& graph)
{
    std::map<qint64, SectorWeight> sectors;
    double participation = 0, betweenness = 0;
    for (const NetworkNode& node : graph.nodes) {
        SectorWeight& sector = sectors[node.sectorId];
        sector.sectorId = node.sectorId;
        sector.label = node.sectorLabel;
        sector.color = node.color.name();
        ++sector.organisations;
        sector.participation += node.participation;
        sector.betweenness += node.betweenness;
        participation += node.participation;
        betweenness += node.betweenness;
    }
    std::vector<SectorWeight> rows;
    for (auto& [id, sector] : sectors) {
        sector.participationShare = participation > 0 ? sector.participation / participation : 0;
        sector.betweennessShare = betweenness > 0 ? sector.betweenness / betweenness : 0;
        rows.push_back(sector);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const SectorWeight& a, const SectorWeight& b) {
        return a.participationShare + a.betweennessShare > b.participationShare + b.betweennessShare;
    });
    return rows;
}

} // namespace maillage
