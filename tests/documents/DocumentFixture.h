// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace maillage {
class Database;
}

namespace maillage::test::documents {

/// A meeting of the "Groupe logement" of the "CLSM de Bellerive" on Tuesday 10 March 2026 with `attendees`
/// expected people spread over six organisations (last names "Nom01"…), every attendance status, two
/// guests, a confidential item, decisions, follow-ups and a next meeting on Thursday 9 April 2026.
qint64 createLargeMeeting(Database& db, int attendees = 60);

/// The text of a PDF as `pdftotext -layout` gives it, one string per page.
QStringList pdfPages(const QString& path);
/// The content.xml of an OpenDocument file (unzip -p).
QString odtContent(const QString& path);
/// Renders each page of a PDF to PNG at 60 dpi (pdftoppm) under prefix, for a look by eye; returns the count.
int renderPages(const QString& pdf, const QString& prefix);

} // namespace maillage::test::documents
