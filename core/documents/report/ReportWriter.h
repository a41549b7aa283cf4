// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/report/ReportContent.h"
#include "core/util/Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace maillage {

class Database;

/// Writes the annual report: PDF (charts as vectors, contents with page numbers, "page X / Y"), ODT
/// (charts as images) or onto a printer.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    /// Paints the report on a printer (set to full page) or any paged device; returns the page count.
    static int paint(const ReportContent& content, QPagedPaintDevice& device, const ReportProgress& progress = {});
    /// progress: steps from 50 to 100 %; a cancelled write leaves no file.
    static Status writePdf(const ReportContent& content, const QString& path, const ReportProgress& progress = {});
    static Status writeOdt(const ReportContent& content, const QString& path, const ReportProgress& progress = {});
    /// Writes in the format of the file's extension (.pdf or .odt).
    static Status write(const ReportContent& content, const QString& path, const ReportProgress& progress = {});
    /// Loads the content of request, then writes it.
    static Status write(Database& db, const ReportRequest& request, const QString& path,
                        const ReportProgress& progress = {});
};

} // namespace maillage
