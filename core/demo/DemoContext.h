// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/demo/DemoDocument.h"
#include "core/demo/DemoNames.h"

#include <QDate>
#include <QString>

#include <map>
#include <vector>

namespace maillage::demo {

/// A partner organisation of the demo, as the later builders need it.
struct DemoOrganisation {
    qint64 id = 0;
    QString key;    ///< stable handle ("epsm", "mairie_lysmont")
    QString sector; ///< sector code
    QString name;
    QString commune;
    QString domain; ///< fictional mail domain ("ccas-lysmont.example.org")
    QString roles;  ///< the people to create: see DemoContacts.cpp
    QDate since;
};

/// A fictional person of the demo.
struct DemoPerson {
    qint64 id = 0;
    PersonName name;
    QString jobTitle;
    QString pillar;
    qint64 organisationId = 0;   ///< current organisation
    qint64 formerOrganisationId = 0; ///< set for the few who moved during the period
    QDate movedOn;               ///< when they moved
    QDate since;
    QDate charterOn; ///< confidentiality charter of the cellule, when signed
    QDate leftOn;    ///< set for the few who left during the period

    bool activeOn(const QDate& day) const { return since <= day && (!leftOn.isValid() || day <= leftOn); }

    QString fullName() const { return name.firstName + u' ' + name.lastName; }
    QString titled() const { return name.civility + u' ' + name.firstName + u' ' + name.lastName; }
    qint64 organisationOn(const QDate& day) const
    {
        return formerOrganisationId > 0 && day < movedOn ? formerOrganisationId : organisationId;
    }
};

/// An instance with its members, for meetings and attendance.
struct DemoInstance {
    qint64 id = 0;
    QString kind;
    QString key; ///< "pleniere", "copil", "cotech", "gt_logement", "gt_jeunesse", "gt_soins", "resad"
    QString name;
    QString place;
    std::vector<qint64> members;   ///< contact ids of current members (titulaires first)
    std::vector<qint64> chairs;    ///< contact ids
    qint64 secretaryId = 0;
    QDate since;
};

/// A meeting of the cellule, for the situations register.
struct DemoMeeting {
    qint64 id = 0;
    QDate day;
    bool held = false;
};

/// What the builders share: the document, the period, the generator and the handles of what exists.
struct DemoContext {
    explicit DemoContext(const QDate& today);

    int year = 0;    ///< the current year; the demo covers year-1 and year
    QDate today;     ///< only decides what is past (held, done) and what is planned
    QDate first;     ///< 1 January of year-1
    QDate last;      ///< 31 December of year
    QDate councilCreatedOn;
    Rng rng;
    DemoDocument doc;

    qint64 councilId = 0;
    std::vector<DemoOrganisation> organisations;
    std::map<QString, std::size_t> organisationByKey;
    std::vector<DemoPerson> people;
    std::map<QString, std::size_t> personByKey; ///< "maire", "directeur_epsm", "coordinatrice"…
    std::map<QString, qint64> sheetByCode;        ///< fiche action code → id
    std::vector<DemoInstance> instances;
    std::vector<DemoMeeting> cellMeetings;

    /// A day of the period not after today (timestamps never lie in the future).
    QDate notAfterToday(const QDate& day) const { return day > today ? today : day; }
    const DemoOrganisation& organisation(const QString& key) const;
    qint64 organisationId(const QString& key) const { return organisation(key).id; }
    const DemoPerson& person(const QString& key) const;
    const DemoPerson& personById(qint64 id) const { return people.at(std::size_t(id - 1)); }
    std::vector<qint64> peopleOfSector(const QString& sector) const;
};

// The builders, in the order they run (later ones use the handles earlier ones left).
void buildNetwork(DemoContext& context);     // DemoNetwork.cpp: sectors, organisations
void buildCouncil(DemoContext& context);     // DemoNetwork.cpp: council, territory, partners
void buildContacts(DemoContext& context);    // DemoContacts.cpp
void buildPlan(DemoContext& context);        // DemoPlan.cpp
void buildInstances(DemoContext& context);   // DemoInstances.cpp
void buildMeetings(DemoContext& context);    // DemoMeetings.cpp
void buildEvents(DemoContext& context);      // DemoEvents.cpp
void buildSituations(DemoContext& context);  // DemoSituations.cpp

/// French public holidays (metropolitan), so no meeting falls on one.
bool isPublicHoliday(const QDate& day);

} // namespace maillage::demo
