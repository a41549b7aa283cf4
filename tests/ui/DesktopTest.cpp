// SPDX-License-Identifier: EUPL-1.2
#include "core/privacy/PersonErasure.h"
#include "core/settings/CouncilIdentity.h"
#include "core/settings/UserPreferences.h"
#include "core/storage/CouncilRepository.h"
#include "core/storage/CouncilSettingsRepository.h"
#include "core/storage/InstanceRepository.h"
#include "core/storage/ContactRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiFixture.h"
#include "ui/documents/DocumentExportDialog.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/GuideWindow.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/welcome/CouncilWizard.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace maillage;

namespace {

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

qint64 newCouncil(Database& db)
{
    Council council;
    council.name = QStringLiteral("CLSM de Bellerive");
    REQUIRE(CouncilRepository(db).create(council).ok());
    return council.id;
}

} // namespace

TEST_CASE("The settings dialog saves the council's identity in the database and the user's choices in QSettings",
          "[ui][settings]")
{
    QSettings().clear();
    test::TestDatabase fx;
    const qint64 council = newCouncil(fx.db());
    QTemporaryDir folder;
    const QString logo = folder.filePath(QStringLiteral("logo.png"));
    QImage image(200, 80, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    REQUIRE(image.save(logo));
    const QString junk = folder.filePath(QStringLiteral("logo.png.txt"));
    {
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not an image");
    }

    {
        ui::SettingsDialog dialog(&fx.db());
        CHECK(child<QLineEdit>(dialog, "documentName")->placeholderText() == QStringLiteral("CLSM de Bellerive"));
        CHECK(child<QSpinBox>(dialog, "inactiveYears")->value() == 3);
        CHECK(child<QSpinBox>(dialog, "dailyBackups")->value() == 7);
        CHECK(child<QSpinBox>(dialog, "weeklyBackups")->value() == 8);
        CHECK(child<QSpinBox>(dialog, "monthlyBackups")->value() == 12);
        child<QLineEdit>(dialog, "documentName")->setText(QStringLiteral("Conseil local de santé mentale"));
        child<QPlainTextEdit>(dialog, "address")->setPlainText(QStringLiteral("1 place de la Mairie\n54000 Bellerive"));
        child<QLineEdit>(dialog, "signatoryName")->setText(QStringLiteral("Claire Fontaine"));
        child<QLineEdit>(dialog, "signatoryTitle")->setText(QStringLiteral("La coordinatrice"));
        child<QPlainTextEdit>(dialog, "footer")->setPlainText(QStringLiteral("clsm@bellerive.fr"));
        child<QCheckBox>(dialog, "pdfA")->setChecked(true);
        CHECK_FALSE(dialog.setLogoFile(junk).ok());
        CHECK(child<QLabel>(dialog, "logoPreview")->pixmap().isNull());
        REQUIRE(dialog.setLogoFile(logo).ok());
        CHECK_FALSE(child<QLabel>(dialog, "logoPreview")->pixmap().isNull());
        child<QCheckBox>(dialog, "automaticBackup")->setChecked(false);
        child<QLineEdit>(dialog, "backupFolder")->setText(folder.path());
        child<QSpinBox>(dialog, "dailyBackups")->setValue(10);
        child<QSpinBox>(dialog, "monthlyBackups")->setValue(24);
        auto* language = child<QComboBox>(dialog, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        child<QSpinBox>(dialog, "reminderDays")->setValue(21);
        child<QSpinBox>(dialog, "inactiveYears")->setValue(5);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }

    auto identity = CouncilIdentity::load(fx.db(), council);
    REQUIRE(identity.ok());
    CHECK(identity->documentName == QStringLiteral("Conseil local de santé mentale"));
    CHECK(identity->address == QStringLiteral("1 place de la Mairie\n54000 Bellerive"));
    CHECK(identity->signatoryName == QStringLiteral("Claire Fontaine"));
    CHECK(identity->signatoryTitle == QStringLiteral("La coordinatrice"));
    CHECK(identity->footerText == QStringLiteral("clsm@bellerive.fr"));
    CHECK(identity->pdfA);
    CHECK(identity->logoImage().size() == QSize(200, 80));
    CHECK(PrivacyReview::years(fx.db()) == 5); // the setting the RGPD review reads
    CHECK_FALSE(preferences::automaticBackup());
    CHECK(preferences::backupFolder() == folder.path());
    CHECK(preferences::retention().daily == 10);
    CHECK(preferences::retention().weekly == 8);
    CHECK(preferences::retention().monthly == 24);
    CHECK(preferences::language() == QStringLiteral("en"));
    CHECK(preferences::reminderDays() == 21);

    // Opened again, the dialog shows what was saved.
    ui::SettingsDialog again(&fx.db());
    CHECK(child<QLineEdit>(again, "signatoryName")->text() == QStringLiteral("Claire Fontaine"));
    CHECK(child<QSpinBox>(again, "inactiveYears")->value() == 5);
    CHECK(child<QComboBox>(again, "language")->currentData().toString() == QStringLiteral("en"));
    CHECK_FALSE(child<QLabel>(again, "logoPreview")->pixmap().isNull());
    QSettings().clear();
}

TEST_CASE("Without a database the settings dialog keeps to the user's preferences", "[ui][settings]")
{
    QSettings().clear();
    ui::SettingsDialog dialog(nullptr);
    CHECK_FALSE(dialog.tabs()->isTabEnabled(0));
    CHECK(dialog.tabs()->isTabEnabled(2));
    child<QSpinBox>(dialog, "reminderDays")->setValue(3);
    REQUIRE(dialog.save().ok());
    CHECK(preferences::reminderDays() == 3);
    QSettings().clear();
}

TEST_CASE("The wizard creates a council with its communes, instances and partners", "[ui][wizard]")
{
    test::TestDatabase fx;
    QTemporaryDir folder;
    const QString vcf = folder.filePath(QStringLiteral("partenaires.vcf"));
    {
        QFile file(vcf);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Martin;Anne;;;\r\nFN:Anne Martin\r\nORG:UNAFAM 54\r\n"
                   "EMAIL:anne.martin@example.fr\r\nEND:VCARD\r\n"
                   "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roussel;Étienne;;;\r\nFN:Étienne Roussel\r\n"
                   "ORG:Mairie de Bellerive\r\nEND:VCARD\r\n");
    }
    ui::CouncilWizard wizard(QStringLiteral("/tmp/conseil.sqlite"));
    wizard.show();
    CHECK_FALSE(wizard.currentPage()->isComplete()); // a council needs a name
    wizard.nameEdit()->setText(QStringLiteral("  CLSM   du Val  "));
    wizard.kindBox()->setCurrentIndex(wizard.kindBox()->findData(int(CouncilKind::Intercommunal)));
    REQUIRE(wizard.currentPage()->isComplete());
    wizard.next();
    REQUIRE(wizard.currentId() == ui::CouncilWizard::TerritoryPage);
    wizard.addCommune(QStringLiteral("Bellerive"), QStringLiteral("54999"), 12500);
    wizard.addCommune(QStringLiteral("Saint-Val"), QStringLiteral("54998"), 3400);
    wizard.addCommune(QString(), QString(), 0); // an empty row is ignored
    wizard.next();
    REQUIRE(wizard.currentId() == ui::CouncilWizard::InstancesPage);
    QListWidget* instances = wizard.instancesList();
    REQUIRE(instances->count() >= 4);
    instances->item(2)->setCheckState(Qt::Checked); // a working group
    instances->item(2)->setText(QStringLiteral("Groupe logement"));
    wizard.next();
    REQUIRE(wizard.currentId() == ui::CouncilWizard::PartnersPage);
    wizard.partnersEdit()->setText(vcf);
    wizard.next();
    REQUIRE(wizard.currentId() == ui::CouncilWizard::SummaryPage);
    CHECK(child<QLabel>(wizard, "wizardSummary")->text().contains(QStringLiteral("CLSM du Val")));
    CHECK(child<QLabel>(wizard, "wizardPrivacy")->text().contains(QStringLiteral("/tmp/conseil.sqlite")));

    REQUIRE(wizard.createIn(fx.db()).ok());
    auto council = CouncilRepository(fx.db()).first();
    REQUIRE(council.ok());
    CHECK(council->name == QStringLiteral("CLSM du Val"));
    CHECK(council->kind == CouncilKind::Intercommunal);
    REQUIRE(council->communes.size() == 2);
    CHECK(council->communes[0].inseeCode == QStringLiteral("54999"));
    CHECK(council->communes[0].population == 12500);
    auto created = InstanceRepository(fx.db()).list();
    REQUIRE(created.ok());
    QStringList names;
    for (const Instance& instance : created.value())
        names << instance.name;
    names.sort();
    CHECK(names == QStringList{QStringLiteral("Groupe logement"), QStringLiteral("Plenary assembly"),
                               QStringLiteral("Steering committee (COPIL)")});
    CHECK(test::countSql(fx.db(), QStringLiteral("SELECT COUNT(*) FROM contact")) == 2);
}

TEST_CASE("A partners file that cannot be read stops the wizard before anything is written", "[ui][wizard]")
{
    test::TestDatabase fx;
    ui::CouncilWizard wizard(QStringLiteral("/tmp/conseil.sqlite"));
    wizard.nameEdit()->setText(QStringLiteral("CLSM"));
    wizard.partnersEdit()->setText(QStringLiteral("/nonexistent/contacts.vcf"));
    CHECK_FALSE(wizard.createIn(fx.db()).ok());
    CHECK(CouncilRepository(fx.db()).count() == 0);
}

TEST_CASE("Help shows the guide, About names the version, the licence and the database", "[ui][help]")
{
    ui::AboutDialog about(QStringLiteral("/home/coordination/clsm.sqlite"));
    const QString text = child<QLabel>(about, "aboutText")->text();
    CHECK(text.contains(QStringLiteral(MAILLAGE_VERSION)));
    CHECK(text.contains(QStringLiteral("EUPL-1.2")));
    CHECK(text.contains(QStringLiteral("/home/coordination/clsm.sqlite")));
    CHECK(text.contains(QString::fromLatin1(qVersion())));

    REQUIRE_FALSE(ui::GuideWindow::guideFolder().isEmpty());
    ui::GuideWindow guide;
    CHECK(guide.browser()->toPlainText().contains(QStringLiteral("Maillage")));

    QSettings().clear();
    ui::MainWindow window;
    auto* preferences = window.findChild<QAction*>(QStringLiteral("preferencesAction"));
    REQUIRE(preferences);
    CHECK(preferences->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma));
    CHECK(window.findChild<QAction*>(QStringLiteral("guideAction")));
}

TEST_CASE("The documents dialog prepares the e-mail of the minutes in the drafts folder", "[ui][email]")
{
    test::TestDatabase fx;
    test::fillCouncil(fx.db(), QDate::currentDate());
    const int meetingId = test::countSql(fx.db(), QStringLiteral("SELECT MIN(id) FROM meeting WHERE status = 'held'"));
    REQUIRE(meetingId > 0);
    ui::DocumentExportDialog dialog(fx.db(), meetingId);
    dialog.setOpenDrafts(false);
    auto* email = child<QPushButton>(dialog, "prepareEmail");
    auto* kind = child<QComboBox>(dialog, "documentKind");
    kind->setCurrentIndex(kind->findData(int(DocumentKind::SignInSheet)));
    CHECK_FALSE(email->isEnabled()); // nobody is sent a sign-in sheet
    kind->setCurrentIndex(kind->findData(int(DocumentKind::Minutes)));
    REQUIRE(email->isEnabled());
    auto eml = dialog.prepareEmail();
    REQUIRE(eml.ok());
    CHECK(eml->startsWith(ui::DocumentExportDialog::draftsFolder()));
    CHECK(eml->endsWith(QStringLiteral(".eml")));
    QFile file(eml.value());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray message = file.readAll();
    CHECK(message.contains("X-Unsent: 1"));
    CHECK(message.contains("Content-Type: application/pdf"));
    CHECK(message.contains("Content-Type: text/calendar"));
    CHECK(child<QLabel>(dialog, "documentStatus")->text().contains(QFileInfo(eml.value()).absolutePath()));
    QFile::remove(eml.value());
}
