// SPDX-License-Identifier: EUPL-1.2
// Public events: the SISM programme each October, PSSM trainings, ciné-débats, awareness sessions.
#include "core/demo/DemoContext.h"
#include "core/demo/DemoSchedule.h"

#include "core/domain/Event.h"

namespace maillage::demo {

namespace {

QString sismTheme(int year)
{
    switch (year) {
    case 2021:
        return QStringLiteral("Pour ma santé mentale, respectons mes droits");
    case 2022:
        return QStringLiteral("Pour ma santé mentale, agissons pour notre environnement");
    case 2023:
        return QStringLiteral("À tous les âges de la vie, ensemble pour une bonne santé mentale");
    case 2024:
        return QStringLiteral("En mouvement pour notre santé mentale");
    case 2025:
        return QStringLiteral("Pour notre santé mentale, réparons le lien social");
    default:
        return QStringLiteral("Santé mentale et lien social");
    }
}

struct EventSpec
{
    EventKind kind;
    const char* title;
    const char* place;
    const char* audience;
    const char* partners; ///< organisation keys
    const char* sheet;    ///< fiche action code or ""
};

const EventSpec sismEvents[] = {
    {EventKind::Sism, "Forum des acteurs de la santé mentale", "Salle des fêtes de Lysmont", "Tout public",
     "epsm gem_ariane unafam mission_locale", "FA 1.1"},
    {EventKind::Sism, "Portes ouvertes du GEM Le Fil d'Ariane", "GEM Le Fil d'Ariane, Lysmont", "Tout public",
     "gem_ariane pairs", "FA 1.1"},
    {EventKind::Sism, "Ciné-débat des SISM au cinéma Le Régent", "Cinéma Le Régent", "Tout public",
     "cinema epsm unafam_lys", "FA 1.1"},
    {EventKind::Sism, "Exposition « La santé mentale, parlons-en » à la médiathèque", "Médiathèque La Grand'Place",
     "Tout public, scolaires", "mediatheque psycom", "FA 1.1"},
    {EventKind::Sism, "Marche solidaire au bord de la Lys", "Berges de la Lys, Saint-Aubin-sur-Lys", "Tout public",
     "randonnee sport_adapte gem_escale", "FA 1.1"},
};

const char* const films[] = {"Les Intranquilles", "Sur l'Adamant", "Hors normes", "Patients"};

} // namespace

void buildEvents(DemoContext& context)
{
    DemoDocument& doc = context.doc;
    Rng rng = context.rng.fork(stableHash(QStringLiteral("events")));
    const DemoPerson& trainer1 = context.person(QStringLiteral("formateur1"));
    const DemoPerson& trainer2 = context.person(QStringLiteral("formateur2"));

    auto add = [&](EventKind kind, const QString& title, const QString& theme, const QDate& start, int days,
                   const QString& place, const QString& audience, const QString& partners, const char* sheet,
                   const QString& module = {}) {
        const bool past = start < context.today;
        const int participants = rng.between(18, 90);
        const int trained = rng.between(9, 16);
        const bool pssm = kind == EventKind::PssmTraining;
        const auto sheetId = context.sheetByCode.find(QString::fromLatin1(sheet));
        const qint64 eventId = doc.add(
            QStringLiteral("event"), context.notAfterToday(start.addDays(-60)),
            context.notAfterToday(past ? start.addDays(days + 2) : start.addDays(-60)),
            {{QStringLiteral("council_id"), context.councilId},
             {QStringLiteral("kind"), codeOf(kind)},
             {QStringLiteral("title"), title},
             {QStringLiteral("theme"), theme},
             {QStringLiteral("starts_on"), jsonDate(start)},
             {QStringLiteral("ends_on"), jsonDate(days > 1 ? start.addDays(days - 1) : QDate())},
             {QStringLiteral("place"), place},
             {QStringLiteral("audience"), audience},
             {QStringLiteral("participant_count"), past ? (pssm ? trained : participants) : 0},
             {QStringLiteral("training_module"), module},
             {QStringLiteral("trainers"),
              pssm ? trainer1.fullName() + QStringLiteral(", ") + trainer2.fullName() : QString()},
             {QStringLiteral("people_trained"), past && pssm ? trained : 0},
             {QStringLiteral("action_sheet_id"), jsonRef(sheetId == context.sheetByCode.end() ? 0 : sheetId->second)},
             {QStringLiteral("notes"), past ? QString() : QStringLiteral("Inscriptions ouvertes.")}});
        for (const QString& key : partners.split(u' ', Qt::SkipEmptyParts))
            doc.add(QStringLiteral("event_partner"), context.notAfterToday(start.addDays(-60)),
                    {{QStringLiteral("event_id"), eventId},
                     {QStringLiteral("organisation_id"), context.organisationId(key)}});
    };

    for (int year = context.year - 1; year <= context.year; ++year) {
        // The SISM programme: four of the five usual events, spread over the first half of October.
        const std::vector<int> chosen = rng.sample(int(std::size(sismEvents)), 4);
        int offset = 0;
        for (int index : chosen) {
            const EventSpec& spec = sismEvents[index];
            const QDate day = workingDayFrom(QDate(year, 10, 6 + offset));
            offset += rng.between(2, 4);
            add(spec.kind, QString::fromUtf8(spec.title), sismTheme(year), day, 1, QString::fromUtf8(spec.place),
                QString::fromUtf8(spec.audience), QString::fromLatin1(spec.partners), spec.sheet);
        }
        // PSSM trainings: two days each, the Jeunes module once a year.
        const int sessions = rng.between(3, 5);
        const int months[] = {1, 3, 5, 9, 11};
        for (int s = 0; s < sessions; ++s) {
            const QDate day = workingDayFrom(QDate(year, months[s], rng.between(8, 20)));
            const bool youth = s == 1;
            const QString module = youth ? QStringLiteral("Jeunes") : QStringLiteral("Standard");
            add(EventKind::PssmTraining,
                QStringLiteral("Formation Premiers secours en santé mentale – module %1").arg(module), QString(), day,
                2, youth ? QStringLiteral("Maison des adolescents") : QStringLiteral("CCAS de Lysmont"),
                youth ? QStringLiteral("Professionnels de la jeunesse")
                      : QStringLiteral("Professionnels de première "
                                       "ligne, bénévoles"),
                youth ? QStringLiteral("pssm_hdf mda jeunesse_ville")
                      : QStringLiteral("pssm_hdf lyshabitat ccas_lysmont"),
                "FA 1.2", module);
        }
        // Two ciné-débats in the smaller communes, an awareness session for the elected, one for the caretakers.
        for (int c = 0; c < 2; ++c) {
            const QString film = QString::fromUtf8(films[(year + c) % int(std::size(films))]);
            const QDate day = workingDayFrom(QDate(year, c == 0 ? 3 : 11, rng.between(10, 25)));
            add(EventKind::FilmDebate, QStringLiteral("Ciné-débat « %1 »").arg(film), QString(), day, 1,
                c == 0 ? QStringLiteral("Salle polyvalente de Berville") : QStringLiteral("Foyer rural de Hautecourt"),
                QStringLiteral("Habitants"), QStringLiteral("cinema mediatheque_berville gem_escale"), "FA 1.4");
        }
        add(EventKind::Awareness, QStringLiteral("Sensibilisation des élus à la santé mentale"), QString(),
            workingDayFrom(QDate(year, 4, rng.between(3, 20))), 1, QStringLiteral("Mairie de Lysmont"),
            QStringLiteral("Élus des cinq communes"), QStringLiteral("psycom epsm ccvl"), "FA 1.3");
        add(EventKind::Awareness, QStringLiteral("Sensibilisation des gardiens d'immeuble aux troubles psychiques"),
            QString(), workingDayFrom(QDate(year, 6, rng.between(3, 20))), 1, QStringLiteral("Lys Habitat"),
            QStringLiteral("Gardiens et chargés de gestion locative"), QStringLiteral("lyshabitat nordlogis empp"),
            "FA 3.1");
    }
    add(EventKind::Conference, QStringLiteral("Conférence « Santé mentale des jeunes : repérer, orienter »"), QString(),
        workingDayFrom(QDate(context.year - 1, 2, 9)), 1, QStringLiteral("Centre culturel Le Millénaire"),
        QStringLiteral("Professionnels, parents"), QStringLiteral("mda millenaire cmpij"), "FA 2.3");
}

} // namespace maillage::demo
