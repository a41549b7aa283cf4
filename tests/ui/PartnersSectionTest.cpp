// SPDX-License-Identifier: EUPL-1.2
#include "core/models/ContactListModel.h"
#include "core/models/OrganisationListModel.h"
#include "core/storage/ContactRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/SectorRepository.h"
#include "tests/support/Catch.h"
#include "tests/support/TestDatabase.h"
#include "ui/partners/ContactEditorDialog.h"
#include "ui/partners/OrganisationEditorDialog.h"
#include "ui/partners/PartnerFilterBar.h"
#include "ui/partners/PartnersWidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace maillage;
using maillage::ui::ContactEditorDialog;
using maillage::ui::OrganisationEditorDialog;
using maillage::ui::PartnersWidget;

namespace {

/// Runs answer on the next modal dialog while the caller's exec() waits.
template <typename Dialog, typename Answer> void whenModal(Answer answer)
{
    QTimer::singleShot(0, [answer] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        answer(dialog);
    });
}

void answerYes()
{
    QTimer::singleShot(0, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
}

void clickSave(QDialog* dialog)
{
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
}

QStringList names(const QAbstractItemModel* model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, 0).data().toString();
    return list;
}

struct Fixture
{
    test::TestDatabase fx;
    qint64 psychiatry = 0, cmp = 0, mairie = 0, etienne = 0;

    Fixture()
    {
        QSettings().remove(QStringLiteral("partners"));
        Database& db = fx.db();
        Sector sector;
        sector.code = QStringLiteral("psy");
        sector.label = QStringLiteral("Psychiatrie");
        REQUIRE(SectorRepository(db).create(sector).ok());
        psychiatry = sector.id;
        OrganisationRepository organisations(db);
        Organisation o;
        o.name = QStringLiteral("Centre médico-psychologique");
        o.sectorId = psychiatry;
        o.commune = QStringLiteral("Lomme");
        REQUIRE(organisations.create(o).ok());
        cmp = o.id;
        Organisation m;
        m.name = QStringLiteral("Mairie de Lambersart");
        m.commune = QStringLiteral("Lambersart");
        REQUIRE(organisations.create(m).ok());
        mairie = m.id;
        ContactRepository contacts(db);
        Contact e;
        e.firstName = QStringLiteral("Étienne");
        e.lastName = QStringLiteral("Dubœuf");
        e.pillar = Pillar::Elected;
        REQUIRE(contacts.create(e).ok());
        etienne = e.id;
        Affiliation a;
        a.contactId = e.id;
        a.organisationId = mairie;
        REQUIRE(contacts.addAffiliation(a).ok());
        Contact anne;
        anne.firstName = QStringLiteral("Anne");
        anne.lastName = QStringLiteral("Martin");
        anne.pillar = Pillar::Psychiatry;
        REQUIRE(contacts.create(anne).ok());
    }
};

} // namespace

TEST_CASE("Partners: search as you type ignores accents, filters and sorts in both tabs", "[ui][partners]")
{
    Fixture f;
    PartnersWidget widget;
    widget.setDatabase(&f.fx.db());
    CHECK(widget.organisations()->rowCount() == 2);
    CHECK(widget.contacts()->rowCount() == 2);
    CHECK(widget.tabs()->tabText(PartnersWidget::ContactsTab) == QStringLiteral("Contacts (2)"));

    widget.searchBox()->setText(QStringLiteral("etienne lambersart"));
    CHECK(names(widget.contacts()) == QStringList{QStringLiteral("Dubœuf Étienne")});
    CHECK(widget.tabs()->tabText(PartnersWidget::ContactsTab) == QStringLiteral("Contacts (1)"));
    CHECK(widget.organisations()->rowCount() == 0);
    widget.searchBox()->clear();

    auto* sector = widget.filterBar()->sectorCombo();
    sector->setCurrentIndex(sector->findData(f.psychiatry));
    CHECK(names(widget.organisations()) == QStringList{QStringLiteral("Centre médico-psychologique")});
    CHECK(widget.contacts()->rowCount() == 0); // nobody works there yet
    sector->setCurrentIndex(0);
    auto* commune = widget.filterBar()->communeCombo();
    commune->setCurrentIndex(commune->findData(QStringLiteral("Lambersart")));
    CHECK(names(widget.contacts()) == QStringList{QStringLiteral("Dubœuf Étienne")});
    commune->setCurrentIndex(0);
    widget.tabs()->setCurrentIndex(PartnersWidget::ContactsTab);
    auto* pillar = widget.filterBar()->pillarCombo();
    pillar->setCurrentIndex(pillar->findData(QStringLiteral("psychiatrie")));
    CHECK(names(widget.contacts()) == QStringList{QStringLiteral("Martin Anne")});
    pillar->setCurrentIndex(0);

    widget.contactTable()->sortByColumn(ContactListModel::NameColumn, Qt::DescendingOrder);
    CHECK(names(widget.contacts()) == (QStringList{QStringLiteral("Martin Anne"), QStringLiteral("Dubœuf Étienne")}));
    // The sort is remembered for the next time the section opens.
    PartnersWidget again;
    again.setDatabase(&f.fx.db());
    CHECK(again.contactTable()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(names(again.contacts()) == (QStringList{QStringLiteral("Martin Anne"), QStringLiteral("Dubœuf Étienne")}));
    // Others extend the toolbar and the context menus.
    CHECK(widget.toolBar()->actions().size() >= 8);
    CHECK(widget.contactMenu()->actions().size() >= 3);
}

TEST_CASE("Partners: organisation editor names the wrong field; create, edit, delete undo and redo", "[ui][partners]")
{
    Fixture f;
    PartnersWidget widget;
    widget.setDatabase(&f.fx.db());
    QStringList shown;
    whenModal<OrganisationEditorDialog>([&shown](OrganisationEditorDialog* dialog) {
        clickSave(dialog); // no name
        shown << dialog->problemLabel()->text();
        dialog->findChild<QLineEdit*>(QStringLiteral("organisationName"))->setText(QStringLiteral("UNAFAM 59"));
        dialog->findChild<QLineEdit*>(QStringLiteral("organisationSiret"))->setText(QStringLiteral("12"));
        clickSave(dialog);
        shown << dialog->problemLabel()->text();
        dialog->findChild<QLineEdit*>(QStringLiteral("organisationSiret"))
            ->setText(QStringLiteral("775 672 272 00011"));
        dialog->findChild<QLineEdit*>(QStringLiteral("organisationFiness"))->setText(QStringLiteral("590000001"));
        clickSave(dialog);
    });
    widget.editOrganisation(0);
    REQUIRE(shown.size() == 2);
    CHECK(shown[0].contains(QLatin1String("Organisation name")));
    CHECK(shown[1].contains(QLatin1String("SIRET")));
    CHECK_FALSE(shown[1].contains(QLatin1String("Organisation name")));
    REQUIRE(widget.organisations()->rowCount() == 3);
    auto list = OrganisationRepository(f.fx.db()).list();
    auto unafam = std::find_if(list->begin(), list->end(), [](const Organisation& o) { return o.name == "UNAFAM 59"; });
    REQUIRE(unafam != list->end());
    CHECK(unafam->siret == QStringLiteral("77567227200011"));
    const qint64 id = unafam->id;

    whenModal<OrganisationEditorDialog>([](OrganisationEditorDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("organisationCommune"))->setText(QStringLiteral("Lille"));
        dialog->findChild<QCheckBox*>(QStringLiteral("organisationActive"))->setChecked(false);
        clickSave(dialog);
    });
    widget.editOrganisation(id);
    CHECK(OrganisationRepository(f.fx.db()).get(id)->commune == QStringLiteral("Lille"));
    QUndoStack* undo = widget.undoStack();
    REQUIRE(undo->count() == 2);
    undo->undo();
    CHECK(OrganisationRepository(f.fx.db()).get(id)->commune.isEmpty());
    CHECK(OrganisationRepository(f.fx.db()).get(id)->active);
    undo->undo();
    CHECK_FALSE(OrganisationRepository(f.fx.db()).get(id).ok());
    CHECK(widget.organisations()->rowCount() == 2);
    undo->redo();
    CHECK(widget.organisations()->rowCount() == 3);

    // Delete the Mairie: refused while Étienne works there, the stack stays as it was.
    widget.tabs()->setCurrentIndex(PartnersWidget::OrganisationsTab);
    const int mairieRow = int(names(widget.organisations()).indexOf(QStringLiteral("Mairie de Lambersart")));
    widget.organisationTable()->selectRow(mairieRow);
    REQUIRE(widget.currentOrganisationId() == f.mairie);
    const int before = undo->count();
    // Yes to the question, then OK to the refusal.
    auto* poller = new QTimer(&widget);
    int boxes = 0;
    QObject::connect(poller, &QTimer::timeout, [&boxes] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            ++boxes;
            if (QAbstractButton* yes = box->button(QMessageBox::Yes))
                yes->click();
            else
                box->accept();
        }
    });
    poller->start(10);
    widget.deleteCurrent();
    poller->stop();
    CHECK(boxes == 2);
    CHECK(undo->count() == before);
    CHECK(OrganisationRepository(f.fx.db()).get(f.mairie).ok());
}

TEST_CASE("Partners: contact editor, change of organisation, instances, delete with undo", "[ui][partners]")
{
    Fixture f;
    Database& db = f.fx.db();
    PartnersWidget widget;
    widget.setDatabase(&db);
    widget.tabs()->setCurrentIndex(PartnersWidget::ContactsTab);
    QString problems;
    whenModal<ContactEditorDialog>([&problems, &f](ContactEditorDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("contactEmail"))->setText(QStringLiteral("not-an-email"));
        clickSave(dialog);
        problems = dialog->problemLabel()->text();
        dialog->findChild<QLineEdit*>(QStringLiteral("contactEmail"))->setText(QStringLiteral("zoe@example.fr"));
        dialog->findChild<QLineEdit*>(QStringLiteral("contactLastName"))->setText(QStringLiteral("Zoé"));
        auto* organisation = dialog->findChild<QComboBox*>(QStringLiteral("contactOrganisation"));
        organisation->setCurrentIndex(organisation->findData(f.cmp));
        auto* basis = dialog->findChild<QComboBox*>(QStringLiteral("contactLegalBasis"));
        basis->setCurrentIndex(basis->findData(QStringLiteral("mission_publique")));
        clickSave(dialog);
    });
    widget.editContact(0);
    CHECK(problems.contains(QLatin1String("Last name")));
    CHECK(problems.contains(QLatin1String("E-mail")));
    auto zoe = ContactRepository(db).list();
    qint64 zoeId = 0;
    for (const Contact& c : zoe.value())
        if (c.lastName == QStringLiteral("Zoé"))
            zoeId = c.id;
    REQUIRE(zoeId > 0);
    CHECK(ContactRepository(db).get(zoeId)->legalBasis == LegalBasis::PublicTask);
    CHECK(ContactRepository(db).currentOrganisationId(zoeId, QDate::currentDate()).value() == f.cmp);

    // Changed organisation: the old affiliation closes, the new one opens; Cancel keeps the move (it is saved).
    int historyRows = 0;
    whenModal<ContactEditorDialog>([&historyRows, &f](ContactEditorDialog* dialog) {
        REQUIRE(dialog->changeOrganisation(f.mairie, QDate::currentDate().addDays(1), QStringLiteral("Élue")));
        historyRows = dialog->affiliationTable()->rowCount();
        dialog->reject();
    });
    widget.editContact(zoeId);
    CHECK(historyRows == 2);
    CHECK(ContactRepository(db).currentOrganisationId(zoeId, QDate::currentDate().addDays(1)).value() == f.mairie);
    CHECK(ContactRepository(db).currentOrganisationId(zoeId, QDate::currentDate()).value() == f.cmp);
    widget.undoStack()->undo();
    CHECK(ContactRepository(db).affiliations(zoeId)->size() == 1);
    CHECK(ContactRepository(db).currentOrganisationId(zoeId, QDate::currentDate().addDays(5)).value() == f.cmp);

    // Delete, then Ctrl+Z brings the person back with their organisation.
    const int row = int(names(widget.contacts()).indexOf(QStringLiteral("Zoé")));
    REQUIRE(row >= 0);
    widget.contactTable()->selectRow(row);
    answerYes();
    widget.deleteCurrent();
    CHECK_FALSE(names(widget.contacts()).contains(QStringLiteral("Zoé")));
    widget.undoStack()->undo();
    REQUIRE(names(widget.contacts()).contains(QStringLiteral("Zoé")));
    const qint64 back = widget.contacts()->idAt(int(names(widget.contacts()).indexOf(QStringLiteral("Zoé"))));
    CHECK(ContactRepository(db).currentOrganisationId(back, QDate::currentDate()).value() == f.cmp);
    CHECK(ContactRepository(db).get(back)->email == QStringLiteral("zoe@example.fr"));
}

TEST_CASE("Partners: an erased person opens read-only", "[ui][partners]")
{
    Fixture f;
    ContactRepository contacts(f.fx.db());
    Contact etienne = contacts.get(f.etienne).value();
    etienne.erasedOn = QDate(2026, 1, 2);
    REQUIRE(contacts.update(etienne).ok());
    ContactEditorDialog dialog(f.fx.db(), contacts.get(f.etienne).value());
    CHECK(dialog.isReadOnly());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("erasedBanner")));
    CHECK_FALSE(dialog.findChild<QLineEdit*>(QStringLiteral("contactLastName"))->isEnabled());
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("contactLastName"))->text() ==
          QStringLiteral("Erased person no. %1").arg(f.etienne));
    CHECK_FALSE(dialog.changeOrganisationButton()->isEnabled());
    PartnersWidget widget;
    widget.setDatabase(&f.fx.db());
    CHECK(names(widget.contacts()).contains(QStringLiteral("Erased person no. %1").arg(f.etienne)));
}
