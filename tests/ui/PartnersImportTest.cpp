// SPDX-License-Identifier: EUPL-1.2
#include "core/exchange/ContactRecords.h"
#include "core/exchange/VCardReader.h"
#include "core/models/ContactListModel.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/UndoBatchRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/exchange/CsvImportDialog.h"
#include "ui/exchange/ImportPlanView.h"
#include "ui/exchange/VCardImportDialog.h"
#include "ui/partners/PartnersWidget.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace maillage;
using maillage::ui::CsvImportDialog;
using maillage::ui::ImportPlanView;
using maillage::ui::VCardImportDialog;

namespace {

const QString kData = QStringLiteral(MAILLAGE_TEST_DATA_DIR "/partners/");

int contactCount(Database& db)
{
    return int(ContactRepository(db).list()->size());
}

struct PlanRow
{
    int line = 0;
    QString action, name, note;
};

std::vector<PlanRow> rows(const ImportPlanView* view)
{
    std::vector<PlanRow> result;
    const QTableWidget* table = view->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        PlanRow r;
        r.line = table->item(row, ImportPlanView::LineColumn)->text().toInt();
        if (auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, ImportPlanView::ActionColumn)))
            r.action = combo->currentText();
        else
            r.action = table->item(row, ImportPlanView::ActionColumn)->text();
        if (auto* item = table->item(row, ImportPlanView::NameColumn))
            r.name = item->text();
        if (auto* item = table->item(row, ImportPlanView::NoteColumn))
            r.note = item->text();
        result.push_back(r);
    }
    return result;
}

const PlanRow* rowAt(const std::vector<PlanRow>& all, int line)
{
    for (const PlanRow& row : all)
        if (row.line == line)
            return &row;
    return nullptr;
}

} // namespace

TEST_CASE("CSV import: Windows-1252 and ; detected, columns guessed, bad rows listed, one undoable batch",
          "[ui][partners][exchange]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    const QString path = kData + QStringLiteral("contacts-cp1252.csv");
    QSettings().remove(CsvImportDialog::mappingKey({QStringLiteral("Civilité"), QStringLiteral("Prénom"),
                                                    QStringLiteral("Nom"), QStringLiteral("Fonction"),
                                                    QStringLiteral("Organisme"), QStringLiteral("Courriel"),
                                                    QStringLiteral("Téléphone"), QStringLiteral("Commune")}));
    {
        CsvImportDialog dialog(db, path);
        CHECK(dialog.fileError().isEmpty());
        CHECK(dialog.encodingCombo()->currentIndex() == 1); // Windows-1252
        CHECK(dialog.separatorCombo()->currentData().toChar() == QChar(u';'));
        CHECK(dialog.mapping().value(1) == QStringLiteral("firstName"));
        CHECK(dialog.mapping().value(2) == QStringLiteral("lastName"));
        CHECK(dialog.mapping().value(4) == QStringLiteral("organisation"));
        CHECK(dialog.previewTable()->item(1, 1)->text() == QStringLiteral("Élodie"));

        auto plan = rows(dialog.planView());
        REQUIRE(rowAt(plan, 2));
        CHECK(rowAt(plan, 2)->action == QStringLiteral("Create"));
        CHECK(rowAt(plan, 2)->name == QStringLiteral("Mme Élodie Lefèvre"));
        CHECK(rowAt(plan, 3)->name == QStringLiteral("M. Étienne Dubœuf"));
        // Rejected with their line and why: no name, a huge field, binary junk; line 8 repeats line 2.
        REQUIRE(rowAt(plan, 5));
        CHECK(rowAt(plan, 5)->action == QStringLiteral("Rejected"));
        CHECK(rowAt(plan, 5)->note.contains(QLatin1String("last name")));
        REQUIRE(rowAt(plan, 6));
        CHECK(rowAt(plan, 6)->note.contains(QLatin1String("longer than")));
        REQUIRE(rowAt(plan, 7));
        CHECK(rowAt(plan, 7)->note.contains(QLatin1String("unreadable")));
        REQUIRE(rowAt(plan, 8));
        CHECK(rowAt(plan, 8)->action == QStringLiteral("Skip"));
        CHECK(rowAt(plan, 8)->note.contains(QLatin1String("line 2")));

        // Read as UTF-8, the accents are junk: those records are refused rather than imported garbled.
        dialog.setEncoding(true);
        plan = rows(dialog.planView());
        CHECK(rowAt(plan, 2)->action == QStringLiteral("Rejected"));
        dialog.setEncoding(false);
        CHECK(rows(dialog.planView()).size() == plan.size());

        // Ignore the function column; the choice is saved with the import.
        dialog.setColumnField(3, QString());
        CHECK_FALSE(dialog.mapping().contains(3));
        REQUIRE(dialog.import());
        CHECK(dialog.batchId() > 0);
    }
    CHECK(contactCount(db) == 3);
    const auto imported = ContactRepository(db).list(); // kept: .value() of a temporary would dangle
    for (const Contact& c : imported.value())
        CHECK(c.jobTitle.isEmpty());
    {
        CsvImportDialog again(db, path);
        CHECK_FALSE(again.mapping().contains(3)); // the saved mapping, not the guess
        CHECK(again.mapping().value(2) == QStringLiteral("lastName"));
        auto plan = rows(again.planView());
        CHECK(rowAt(plan, 2)->action == QStringLiteral("Skip")); // already there
    }

    // "Undo the import" from the partners section reverts the whole file.
    ui::PartnersWidget widget;
    widget.setDatabase(&db);
    CHECK(widget.undoImportAction()->isEnabled());
    CHECK(widget.contacts()->rowCount() == 3);
    REQUIRE(widget.undoLastImport(false));
    CHECK(contactCount(db) == 0);
    CHECK(widget.contacts()->rowCount() == 0);
    CHECK_FALSE(widget.undoImportAction()->isEnabled());
}

TEST_CASE("CSV import: comma and English headers; a broken file imports nothing", "[ui][partners][exchange]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    {
        CsvImportDialog dialog(db, kData + QStringLiteral("contacts-utf8-comma.csv"));
        CHECK(dialog.encodingCombo()->currentIndex() == 0);
        CHECK(dialog.separatorCombo()->currentData().toChar() == QChar(u','));
        CHECK(dialog.mapping().value(2) == QStringLiteral("organisation"));
        CHECK(dialog.planView()->writeCount() == 2);
        // Read with ';' the whole line is one column: nothing maps to a name, every row is refused.
        dialog.setSeparator(u';');
        CHECK(dialog.planView()->writeCount() == 0);
        dialog.setSeparator(u',');
        REQUIRE(dialog.import());
    }
    CHECK(contactCount(db) == 2);

    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.csv"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Nom;Prénom\nDurand;\"Jean\nMartin;Anne\n"); // the quote never closes
    file.close();
    CsvImportDialog dialog(db, broken);
    CHECK_FALSE(dialog.fileError().isEmpty());
    CHECK_FALSE(dialog.import());
    CHECK(contactCount(db) == 2);
    CsvImportDialog missing(db, dir.filePath(QStringLiteral("none.csv")));
    CHECK_FALSE(missing.fileError().isEmpty());
}

TEST_CASE("vCard import: preview, duplicates flagged, rejected cards with their line, skip per card",
          "[ui][partners][exchange]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    Contact andre;
    andre.firstName = QStringLiteral("André");
    andre.lastName = QStringLiteral("François");
    andre.email = QStringLiteral("a.francois@other.fr");
    REQUIRE(ContactRepository(db).create(andre).ok());

    VCardImportDialog dialog(db, kData + QStringLiteral("broken.vcf"));
    CHECK(dialog.fileError().isEmpty());
    const auto plan = rows(dialog.planView());
    int rejected = 0, andreRow = -1, row = 0;
    bool lucie = false;
    for (const PlanRow& r : plan) {
        if (r.action == QStringLiteral("Rejected")) {
            ++rejected;
            CHECK(r.line > 0);
            CHECK_FALSE(r.note.isEmpty());
        }
        if (r.name.contains(QLatin1String("Lucie Moreau")))
            lucie = r.action == QStringLiteral("Create");
        if (r.name.contains(QStringLiteral("André François"))) {
            andreRow = row;
            CHECK(r.note.contains(QLatin1String("looks like")));
        }
        ++row;
    }
    CHECK(lucie);
    CHECK(rejected == 3); // no name (line 17), no END (22), binary junk (32)
    REQUIRE(andreRow >= 0);
    REQUIRE(dialog.planView()->setAction(andreRow, contacts::ImportAction::Skip));
    const int before = contactCount(db);
    const int written = dialog.planView()->writeCount();
    REQUIRE(dialog.import());
    CHECK(contactCount(db) == before + written);
    int andres = 0;
    const auto all = ContactRepository(db).list();
    for (const Contact& c : all.value())
        andres += c.lastName == QStringLiteral("François") ? 1 : 0;
    CHECK(andres == 1);
    auto batch = UndoBatchRepository(db).get(dialog.batchId());
    REQUIRE(batch.ok());
    CHECK(batch->kind == QStringLiteral("vcard_import"));
    REQUIRE(UndoBatchRepository(db).undo(batch->id).ok());
    CHECK(contactCount(db) == before);
}

TEST_CASE("vCard import dialog reads every file of the shared corpus without a crash", "[ui][partners][exchange]")
{
    test::TestDatabase fx;
    Database& db = fx.db();
    // The corpus of ../shared/corpus/vcard, copied into the repository so a clean clone has it.
    QDir corpus(QStringLiteral(MAILLAGE_TEST_DATA_DIR "/vcard"));
    const QStringList files = corpus.entryList({QStringLiteral("*.vcf")}, QDir::Files);
    REQUIRE(files.size() >= 10);
    for (const QString& name : files) {
        INFO(name.toStdString());
        VCardImportDialog dialog(db, corpus.filePath(name));
        CHECK(dialog.fileError().isEmpty());
        const auto batch = contacts::readVCardFile(corpus.filePath(name));
        REQUIRE(batch.ok());
        CHECK(dialog.planView()->table()->rowCount() > 0);
    }
}
