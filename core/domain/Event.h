// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/EnumText.h"
#include "core/domain/Record.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace maillage {

enum class EventKind { Sism, PssmTraining, FilmDebate, Awareness, Conference, Other };
MAILLAGE_ENUM_ENTRIES(
    EventKind,
    {EventKind::Sism, "sism", QT_TRANSLATE_NOOP("maillage::domain", "Mental health information weeks (SISM)")},
    {EventKind::PssmTraining, "pssm", QT_TRANSLATE_NOOP("maillage::domain", "Mental health first aid training (PSSM)")},
    {EventKind::FilmDebate, "cine_debat", QT_TRANSLATE_NOOP("maillage::domain", "Film and debate")},
    {EventKind::Awareness, "sensibilisation", QT_TRANSLATE_NOOP("maillage::domain", "Awareness session")},
    {EventKind::Conference, "conference", QT_TRANSLATE_NOOP("maillage::domain", "Conference")},
    {EventKind::Other, "other", QT_TRANSLATE_NOOP("maillage::domain", "Other")})

/// A public event or a training run by the council.
struct Event : Record
{
    qint64 councilId = 0;
    EventKind kind = EventKind::Other;
    QString title;
    QString theme; ///< for SISM, the year's national theme
    QDate startsOn;
    QDate endsOn;
    QString place;
    QString audience;
    int participantCount = 0;
    QString trainingModule; ///< PSSM: standard, jeunes, premiers secours…
    QString trainers;
    int peopleTrained = 0;
    qint64 actionSheetId = 0;
    QString notes;
    std::vector<qint64> partnerOrganisationIds;

    QStringList validate() const;
    /// The national theme of the SISM of that year, as published by the organisers; empty when unknown.
    static QString sismNationalTheme(int year);
    Q_DECLARE_TR_FUNCTIONS(Event)
};

} // namespace maillage
