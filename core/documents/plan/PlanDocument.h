// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/documents/DocumentBuilder.h"
#include "core/documents/PageLayout.h"
#include "core/documents/plan/PlanDossier.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextDocument>

#include <memory>

namespace maillage {

class TimelineChart;

/// Translation context and French formats of the plan documents (they go to the ARS and the communes).
class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)

public:
    /// "12 500,00 €"
    static QString money(qint64 cents);
    /// "12", "12,5"
    static QString number(double value);
    /// "01/03/2025 – 31/12/2026", "from 01/03/2025", "" when neither is set
    static QString period(const QDate& start, const QDate& end);
    /// "Fiche action 1.2 — Title"
    static QString ficheTitle(const ActionSheet& sheet);
    /// "Axe 1 — Title"
    static QString axisTitle(const Axis& axis);
};

/// A plan document ready to paint or save.
struct PlanDocument
{
    std::unique_ptr<QTextDocument> text;
    PageDecoration decoration;
};

namespace plandocs {

/// Block property of the fiche and axis headings: the key under which the table of contents finds them.
constexpr int kAnchorProperty = QTextFormat::UserProperty + 7;

/// The fiche action as the ARS and the communes ask for it. Inside the booklet (inBooklet) its title is a
/// heading that starts a page, otherwise the document's title block.
void buildFiche(DocumentBuilder& builder, QTextDocument& document, const PlanDossier& dossier,
                const ActionSheet& sheet, bool inBooklet);

/// The single fiche document.
PlanDocument ficheDocument(const PlanDossier& dossier, const ActionSheet& sheet);

/// How the booklet shows its timeline: vector drawing (PDF, printer) or an image (ODT).
enum class TimelineAs { Drawing, Image };
/// The whole plan: cover, table of contents (pages from `pages`, key → page), the timeline, per axis its
/// fiches. Every heading the table of contents lists carries kAnchorProperty.
PlanDocument bookletDocument(const PlanDossier& dossier, TimelineAs timeline, const QHash<QString, int>& pages);
/// Page of every anchored heading once the document is laid out for pages of pageHeight.
QHash<QString, int> anchorPages(QTextDocument& document);

} // namespace plandocs

} // namespace maillage
