// SPDX-License-Identifier: EUPL-1.2
#include "core/privacy/PrivacyPdf.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace maillage {

Status writePrivacyPdf(QTextDocument& document, const PageDecoration& decoration, const QString& path)
{
    const auto failed = [&](const QString& detail) {
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("maillage::PrivacyPdf", "Could not write the document %1.").arg(path),
                     detail};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setCreator(QStringLiteral("Maillage"));
        pdf.setTitle(decoration.documentTitle);
        PageLayout::setUpDevice(pdf);
        PageLayout::paginate(document, pdf);
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return failed(QStringLiteral("QPainter::begin failed on the PDF writer"));
        }
        PageLayout::paint(document, pdf, painter, decoration);
        painter.end();
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace maillage
