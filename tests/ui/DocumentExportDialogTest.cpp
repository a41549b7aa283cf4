// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/documents/DocumentExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace maillage;

TEST_CASE("The document dialog turns its controls into a document kind and options", "[ui][documents]")
{
    test::TestDatabase fx;
    ui::DocumentExportDialog dialog(fx.db(), 1);
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("documentKind"));
    REQUIRE(kind);
    CHECK(kind->count() == 4);
    CHECK(dialog.kind() == DocumentKind::Minutes);
    kind->setCurrentIndex(kind->findData(int(DocumentKind::SignInSheet)));
    CHECK(dialog.kind() == DocumentKind::SignInSheet);

    CHECK(dialog.options().includeParticipants);
    CHECK_FALSE(dialog.options().includeConfidential);
    dialog.findChild<QCheckBox*>(QStringLiteral("includeParticipants"))->setChecked(false);
    dialog.findChild<QCheckBox*>(QStringLiteral("includeConfidential"))->setChecked(true);
    dialog.findChild<QLineEdit*>(QStringLiteral("footerText"))->setText(QStringLiteral("  CLSM, 1 place de la Mairie "));
    dialog.findChild<QSpinBox*>(QStringLiteral("guestRows"))->setValue(9);
    const DocumentOptions options = dialog.options();
    CHECK_FALSE(options.includeParticipants);
    CHECK(options.includeConfidential);
    CHECK(options.footerText == QStringLiteral("CLSM, 1 place de la Mairie"));
    CHECK(options.guestRows == 9);
    for (const char* button : {"savePdf", "saveOdt", "print"})
        CHECK(dialog.findChild<QPushButton*>(QLatin1String(button)));
}
