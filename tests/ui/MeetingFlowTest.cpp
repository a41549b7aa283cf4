// SPDX-License-Identifier: EUPL-1.2
// The coordinator's whole flow, offscreen: plan a series for an instance, open one of its meetings, record
// attendance and minutes, undo and redo, save, then export the minutes as PDF from the documents dialog and
// read the PDF back with pdftotext.
#include "core/demo/DemoCouncil.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MeetingSeriesRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/MeetingTestSupport.h"
#include "ui/documents/DocumentExportDialog.h"
#include "ui/instances/InstancesWidget.h"
#include "ui/instances/RecurrenceEditor.h"
#include "ui/instances/SeriesDialog.h"
#include "ui/meetings/MeetingsWidget.h"
#include "ui/meetings/editor/AttendanceWidget.h"
#include "ui/meetings/editor/MeetingEditState.h"
#include "ui/meetings/editor/MeetingEditorDialog.h"
#include "ui/meetings/editor/MinutesEditorWidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace maillage;

namespace {

using test::whenShown;

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    CHECK(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("A series is planned, a meeting held and its minutes exported as PDF, all through the screens",
          "[ui][meetings][documents]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        FAIL("pdftotext (poppler-utils) is needed to read the minutes back");
    QSettings().clear();
    test::TestDatabase fx;
    Database& db = fx.db();
    REQUIRE(demo::generateDemoCouncil(db, QDate(2026, 6, 15)).ok());
    // The active instance with the most members today.
    InstanceFilter active;
    active.active = true;
    Instance instance;
    size_t most = 0;
    const auto list1 = InstanceRepository(db).list(active); // kept: value() refers into it
    REQUIRE(list1.ok());
    for (const Instance& candidate : list1.value()) {
        const size_t members = InstanceRepository(db).membersOn(candidate.id, QDate::currentDate())->size();
        if (members > most) {
            most = members;
            instance = candidate;
        }
    }
    REQUIRE(most >= 2);

    // 1. Plan the meetings of the instance from the instances view.
    ui::InstancesWidget instances;
    instances.setDatabase(&db);
    instances.selectInstance(instance.id);
    REQUIRE(instances.currentInstanceId() == instance.id);
    const QDate start = QDate::currentDate().addDays(1);
    int previewed = 0;
    QString summary;
    whenShown<ui::SeriesDialog>([&](ui::SeriesDialog* dialog) {
        dialog->recurrenceEditor()->setRuleText(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU")); // le 2e mardi
        dialog->findChild<QDateEdit*>(QStringLiteral("seriesStart"))->setDate(start);
        dialog->findChild<QDateEdit*>(QStringLiteral("seriesHorizon"))->setDate(start.addMonths(6));
        previewed = dialog->preview()->count();
        dialog->findChild<QPushButton*>(QStringLiteral("createSeriesButton"))->click();
        if (dialog->isVisible()) { // refused: say why, and do not leave the test waiting
            summary = dialog->findChild<QLabel*>(QStringLiteral("seriesSummary"))->text();
            if (auto* error = dialog->findChild<QMessageBox*>(QStringLiteral("seriesError")))
                summary += u' ' + error->text();
            dialog->reject();
        }
    });
    instances.findChild<QPushButton*>(QStringLiteral("planSeriesButton"))->click();
    INFO(summary.toStdString());
    REQUIRE(previewed > 0);
    REQUIRE(summary.isEmpty());
    MeetingFilter ofInstance;
    ofInstance.instanceId = instance.id;
    std::vector<Meeting> planned;
    const auto list2 = MeetingRepository(db).list(ofInstance); // kept: value() refers into it
    REQUIRE(list2.ok());
    for (const Meeting& meeting : list2.value())
        if (meeting.seriesId > 0 && meeting.startsAt.date() >= start)
            planned.push_back(meeting);
    REQUIRE(!planned.empty());
    std::sort(planned.begin(), planned.end(), [](const Meeting& a, const Meeting& b) { return a.startsAt < b.startsAt; });
    const Meeting first = planned.front();
    CHECK(MeetingSeriesRepository(db).get(first.seriesId)->occurrenceCount == int(planned.size()));

    // 2. Open its first meeting from the meetings list; record attendance and minutes; undo, redo, save.
    ui::MeetingsWidget meetings;
    meetings.setDatabase(&db);
    REQUIRE(meetings.selectMeeting(first.id));
    QString excusedName;
    qint64 excusedId = 0;
    bool saved = false;
    whenShown<MeetingEditorDialog>([&](MeetingEditorDialog* editor) {
        auto* attendance = editor->findChild<AttendanceWidget*>(QStringLiteral("attendanceWidget"));
        auto* minutes = editor->findChild<MinutesEditorWidget*>(QStringLiteral("minutesEditor"));
        if (!attendance || !minutes || attendance->table()->rowCount() < 2) {
            FAIL_CHECK("the editor lacks its attendance or minutes");
            editor->reject();
            return;
        }
        // A person (not an organisation) is excused; everyone else is there.
        int excusedRow = 0;
        while (excusedRow + 1 < attendance->table()->rowCount()
               && editor->meeting().attendance[std::size_t(excusedRow)].contactId == 0)
            ++excusedRow;
        for (int row = 0; row < attendance->table()->rowCount(); ++row)
            choose(attendance->statusCombo(row),
                   codeOf(row == excusedRow ? AttendanceStatus::Excused : AttendanceStatus::Present));
        excusedId = editor->meeting().attendance[std::size_t(excusedRow)].contactId;
        minutes->items()->setCurrentRow(0);
        minutes->textEdit()->setFocus();
        QTest::keyClicks(minutes->textEdit(), QStringLiteral("Le groupe valide le calendrier des visites."));
        minutes->addDecision(QStringLiteral("Visites trimestrielles des foyers"));
        QUndoStack* undo = editor->state()->undoStack();
        undo->undo();
        CHECK(editor->meeting().decisions.empty());
        undo->redo();
        CHECK(editor->meeting().decisions.size() == 1);
        saved = editor->save().ok();
        editor->accept();
    });
    meetings.openAction()->trigger();
    REQUIRE(saved);
    auto held = MeetingRepository(db).get(first.id);
    REQUIRE(held.ok());
    REQUIRE(held->decisions.size() == 1);
    CHECK(std::any_of(held->attendance.begin(), held->attendance.end(), [&](const Attendance& a) {
        return a.contactId == excusedId && a.status == AttendanceStatus::Excused;
    }));
    CHECK(held->seriesId == first.seriesId); // still in its series
    if (auto contact = ContactRepository(db).get(excusedId); contact.ok())
        excusedName = contact->lastName;
    REQUIRE(!excusedName.isEmpty());

    // 3. The minutes as PDF through the documents dialog and its file chooser.
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString pdf = folder.filePath(QStringLiteral("compte-rendu.pdf"));
    QString status;
    REQUIRE(meetings.selectMeeting(first.id));
    whenShown<ui::DocumentExportDialog>([&](ui::DocumentExportDialog* dialog) {
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("documentKind"));
        kind->setCurrentIndex(kind->findData(int(DocumentKind::Minutes)));
        whenShown<QFileDialog>([&](QFileDialog* chooser) {
            // Typed into the name field, as the coordinator would (selectFile keeps the suggested folder).
            auto* name = chooser->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            REQUIRE(name);
            name->setText(pdf);
            static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept, protected there
        });
        dialog->findChild<QPushButton*>(QStringLiteral("savePdf"))->click();
        status = dialog->findChild<QLabel*>(QStringLiteral("documentStatus"))->text();
        dialog->reject();
    });
    meetings.documentsAction()->trigger();
    INFO(status.toStdString());
    REQUIRE(QFileInfo::exists(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Le groupe valide le calendrier des visites.")));
    CHECK(text.contains(QStringLiteral("Visites trimestrielles des foyers")));
    CHECK(text.contains(excusedName));
    CHECK(text.contains(QStringLiteral("Excus"), Qt::CaseInsensitive)); // "Excused", or "Excusés" in French
    const QLocale french(QLocale::French, QLocale::France);
    CHECK(text.contains(french.toString(first.startsAt.date(), QStringLiteral("d MMMM yyyy"))));
    CHECK(text.contains(instance.name));
}
