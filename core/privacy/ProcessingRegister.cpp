// SPDX-License-Identifier: EUPL-1.2
// The texts of this file are French on purpose: the register is a French legal document, kept in
// French whatever the interface language, so they are not translated.
#include "core/privacy/ProcessingRegister.h"

#include "core/documents/DocumentBuilder.h"
#include "core/privacy/PersonErasure.h"
#include "core/privacy/PrivacyPdf.h"
#include "core/storage/Database.h"

#include <QTextDocument>

namespace maillage {

RegisterEntry ProcessingRegister::entry(const DirectoryController& council, const std::vector<int>& counts, int reviewYears,
                                        const QDate& today)
{
    const QString name = council.name.isEmpty() ? QStringLiteral("le conseil local de santé mentale") : council.name;
    QString controller = QStringLiteral("%1, représenté par ses présidents").arg(name);
    QStringList chairLines; // one chair per line in the council's record
    for (const QString& line : council.chairs.split(u'\n', Qt::SkipEmptyParts))
        chairLines << line.simplified();
    const QString chairs = chairLines.join(QStringLiteral("\u00A0; "));
    if (!chairs.isEmpty())
        controller += QStringLiteral(" (%1)").arg(chairs);
    controller += QStringLiteral(".");
    if (!council.coordinator.isEmpty())
        controller += QStringLiteral(" Coordination\u00A0: %1%2.")
                          .arg(council.coordinator,
                               council.employer.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(council.employer));
    const int contacts = counts.size() > 0 ? counts[0] : 0;
    const int organisations = counts.size() > 1 ? counts[1] : 0;
    const int erased = counts.size() > 2 ? counts[2] : 0;
    RegisterEntry entry;
    entry.title = QStringLiteral("Registre des activités de traitement — Annuaire des partenaires");
    entry.fields = {
        {QStringLiteral("Responsable du traitement"), controller},
        {QStringLiteral("Finalité"),
         QStringLiteral("Animer le réseau partenarial du CLSM\u00A0: convoquer et tenir les instances (assemblée "
                        "plénière, comité de pilotage, groupes de travail), diffuser les comptes rendus, suivre "
                        "les actions et la participation des partenaires, produire le rapport d’activité annuel "
                        "sous forme de chiffres agrégés.")},
        {QStringLiteral("Base légale"),
         QStringLiteral("Mission d’intérêt public (article 6-1-e du RGPD) pour les représentants des institutions "
                        "et des collectivités\u00A0; intérêt légitime (article 6-1-f) pour les professionnels "
                        "partenaires\u00A0; consentement (article 6-1-a) pour les usagers, aidants et citoyens. "
                        "La base retenue et la date de sa dernière confirmation sont notées pour chaque personne.")},
        {QStringLiteral("Personnes concernées"),
         QStringLiteral("Partenaires du CLSM\u00A0: élus, professionnels de la psychiatrie, du social et du "
                        "médico-social, représentants d’usagers et d’aidants, citoyens membres d’une instance "
                        "(%1 personnes et %2 organisations à la date du %3).")
             .arg(contacts)
             .arg(organisations)
             .arg(today.toString(QStringLiteral("dd/MM/yyyy")))},
        {QStringLiteral("Catégories de données"),
         QStringLiteral("Identité (civilité, nom, prénom), fonction et organisation de rattachement, coordonnées "
                        "professionnelles (courriel, téléphone, adresse), collège de représentation (pilier), "
                        "appartenance aux instances, présences aux réunions, actions suivies, base légale et date "
                        "de confirmation. Aucune donnée de santé\u00A0: les situations individuelles examinées "
                        "en cellule sont pseudonymisées et tenues à part.")},
        {QStringLiteral("Destinataires"),
         QStringLiteral("La coordination du CLSM\u00A0; les membres des instances pour les listes de présence et "
                        "les comptes rendus qui leur sont adressés\u00A0; les financeurs (ARS, collectivités) "
                        "reçoivent uniquement des chiffres agrégés. Aucun transfert hors de l’Union européenne.")},
        {QStringLiteral("Durée de conservation"),
         QStringLiteral(
             "Tant que la personne participe au réseau. Sans activité (présence, appartenance à une "
             "instance, action suivie) pendant %1 ans, sa fiche est revue\u00A0: la base légale est "
             "reconfirmée ou la personne est effacée. L’effacement remplace son identité par «\u00A0Personne "
             "effacée n°…\u00A0» afin que les statistiques restent justes (%2 personnes effacées à ce jour).")
             .arg(reviewYears)
             .arg(erased)},
        {QStringLiteral("Mesures de sécurité"),
         QStringLiteral("Fichier local accessible au seul compte de la coordination (droits 0600 dans un dossier "
                        "0700), aucune fonction réseau dans le logiciel, journal des modifications sans contenu "
                        "confidentiel, sauvegardes vérifiées et renouvelées, effacement sécurisé (secure_delete) "
                        "et index de recherche reconstruit après chaque effacement.")},
        {QStringLiteral("Droits des personnes"),
         QStringLiteral("Accès, rectification, effacement, limitation et opposition auprès de la coordination du "
                        "CLSM. L’export «\u00A0Exporter les données de cette personne\u00A0» répond au droit "
                        "d’accès (JSON et PDF). Réclamation possible auprès de la CNIL.")},
    };
    return entry;
}

Result<RegisterEntry> ProcessingRegister::entry(Database& db, const QDate& today)
{
    auto council = privacysql::councilIdentity(db);
    if (!council)
        return council.error();
    auto counts = privacysql::directoryCounts(db);
    if (!counts)
        return counts.error();
    return entry(council.value(), counts.value(), PrivacyReview::years(db), today);
}

void ProcessingRegister::build(const RegisterEntry& entry, QTextDocument& document)
{
    DocumentBuilder out(document);
    out.titleBlock(entry.title, {QStringLiteral("Article 30 du règlement général sur la protection des données")});
    // "Heading : text" paragraphs keep the entry on one page.
    for (const auto& [heading, text] : entry.fields) {
        out.field(heading, text);
        out.spacing(4);
    }
}

Status ProcessingRegister::writePdf(Database& db, const QString& path, const QDate& today)
{
    auto filled = entry(db, today);
    if (!filled)
        return filled.error();
    QTextDocument document;
    build(filled.value(), document);
    auto council = privacysql::councilIdentity(db);
    return writePrivacyPdf(document,
                           {council ? council.value().name : QString(), QStringLiteral("Registre des traitements"),
                            QStringLiteral("Mis à jour le %1").arg(today.toString(QStringLiteral("dd/MM/yyyy")))},
                           path);
}

} // namespace maillage
