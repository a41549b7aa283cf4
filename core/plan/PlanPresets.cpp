// SPDX-License-Identifier: EUPL-1.2
#include "core/plan/PlanPresets.h"

#include <QCoreApplication>

namespace maillage::plan {

namespace {

struct PresetText
{
    const char* title;
    const char* description;
};

// English here, the official French wording in the catalogue.
const PresetText clsmAxes[] = {
    {QT_TRANSLATE_NOOP("maillage::plan", "Fight the stigma attached to mental health"), ""},
    {QT_TRANSLATE_NOOP("maillage::plan", "Prevent mental disorders"), ""},
    {QT_TRANSLATE_NOOP("maillage::plan",
                       "Foster social inclusion and respect for the rights of people living with mental disorders"),
     ""},
    {QT_TRANSLATE_NOOP("maillage::plan", "Improve care pathways"), ""},
    {QT_TRANSLATE_NOOP("maillage::plan", "Act on the determinants of mental health"), ""},
};

const PresetText ptsmAxes[] = {
    {QT_TRANSLATE_NOOP("maillage::plan",
                       "Early identification of mental disorders, diagnosis, and access to care and to social or "
                       "medico-social support"),
     QT_TRANSLATE_NOOP("maillage::plan", "Public health code, article R. 3224-5")},
    {QT_TRANSLATE_NOOP("maillage::plan",
                       "Quality health and life pathways without breaks, especially for people with severe and "
                       "lasting mental disorders, with or at risk of a psychic disability, towards recovery and "
                       "social inclusion"),
     QT_TRANSLATE_NOOP("maillage::plan", "Public health code, article R. 3224-6")},
    {QT_TRANSLATE_NOOP("maillage::plan",
                       "Access of people with mental disorders to somatic care suited to their needs"),
     QT_TRANSLATE_NOOP("maillage::plan", "Public health code, article R. 3224-7")},
    {QT_TRANSLATE_NOOP("maillage::plan", "Prevention and management of crisis and emergency situations"),
     QT_TRANSLATE_NOOP("maillage::plan", "Public health code, article R. 3224-8")},
    {QT_TRANSLATE_NOOP("maillage::plan",
                       "Respect and promotion of the rights of people with mental disorders, strengthening their "
                       "power to decide and act, and the fight against the stigma of these disorders"),
     QT_TRANSLATE_NOOP("maillage::plan", "Public health code, article R. 3224-9")},
    {QT_TRANSLATE_NOOP("maillage::plan",
                       "Action on the social, environmental and territorial determinants of mental health"),
     QT_TRANSLATE_NOOP("maillage::plan", "Public health code, article R. 3224-10")},
};

template <std::size_t N> std::vector<Axis> toAxes(const PresetText (&texts)[N])
{
    std::vector<Axis> axes;
    int position = 0;
    for (const PresetText& text : texts) {
        Axis axis;
        axis.position = ++position;
        axis.code = QString::number(position);
        axis.title = QCoreApplication::translate("maillage::plan", text.title);
        if (*text.description)
            axis.description = QCoreApplication::translate("maillage::plan", text.description);
        axes.push_back(axis);
    }
    return axes;
}

} // namespace

std::vector<Axis> presetAxes(Preset preset)
{
    switch (preset) {
    case Preset::Clsm:
        return toAxes(clsmAxes);
    case Preset::Ptsm:
        return toAxes(ptsmAxes);
    case Preset::Blank:
        break;
    }
    return {};
}

QString presetLabel(Preset preset)
{
    switch (preset) {
    case Preset::Clsm:
        return QCoreApplication::translate("maillage::plan", "The 5 objectives of the CLSM");
    case Preset::Ptsm:
        return QCoreApplication::translate("maillage::plan",
                                           "The 6 priorities of the PTSM (decree no. 2017-1200 of 27 July 2017)");
    case Preset::Blank:
        break;
    }
    return QCoreApplication::translate("maillage::plan", "Blank: no axis");
}

} // namespace maillage::plan
