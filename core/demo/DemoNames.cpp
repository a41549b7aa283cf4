// SPDX-License-Identifier: EUPL-1.2
#include "core/demo/DemoNames.h"

#include <algorithm>

namespace maillage::demo {

std::uint64_t Rng::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int Rng::below(int n)
{
    if (n <= 1)
        return 0;
    return int(next() % std::uint64_t(n));
}

Rng Rng::fork(std::uint64_t salt) const
{
    Rng child(m_state ^ (salt * 0xD1B54A32D192ED03ULL));
    child.next();
    return child;
}

std::vector<int> Rng::sample(int n, int count)
{
    std::vector<int> all(std::size_t(std::max(n, 0)));
    for (int i = 0; i < n; ++i)
        all[std::size_t(i)] = i;
    // Partial Fisher-Yates: the first count places are the sample.
    count = std::min(count, n);
    for (int i = 0; i < count; ++i)
        std::swap(all[std::size_t(i)], all[std::size_t(i + below(n - i))]);
    all.resize(std::size_t(count));
    std::sort(all.begin(), all.end());
    return all;
}

const QStringList& femaleFirstNames()
{
    static const QStringList names = QStringLiteral(
        "Anne Camille Claire Sophie Isabelle Nathalie Sandrine Céline Julie Émilie Aurélie Marie Hélène "
        "Valérie Caroline Laure Audrey Élodie Amandine Pauline Léa Manon Chloé Sarah Laetitia Virginie "
        "Stéphanie Karine Delphine Agnès Christine Martine Brigitte Sylvie Catherine Véronique Florence "
        "Corinne Mélanie Charlotte Margaux Inès Yasmina Nadia Fatima Samia Mathilde Lucie Béatrice "
        "Géraldine Noémie Justine Océane Jeanne Odile Françoise Monique Josiane Morgane Soazig")
                                          .split(u' ');
    return names;
}

const QStringList& maleFirstNames()
{
    static const QStringList names = QStringLiteral(
        "Jean Pierre Philippe Olivier Laurent Nicolas Stéphane Christophe Frédéric Sébastien Julien "
        "Thomas Alexandre Mathieu Guillaume Vincent François Éric Patrick Thierry Pascal Didier Bruno "
        "Franck David Jérôme Cédric Arnaud Benoît Romain Antoine Maxime Hugo Louis Lucas Mehdi Karim "
        "Rachid Samir Yannick Gilles Bernard Michel Alain Gérard Dominique Hervé Emmanuel Fabien "
        "Régis Xavier Damien Grégory Loïc Kévin Rémi Quentin Marc Joël Yves")
                                          .split(u' ');
    return names;
}

const QStringList& lastNames()
{
    static const QStringList names = QStringLiteral(
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre "
        "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont "
        "Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry "
        "Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin "
        "Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël "
        "Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet "
        "Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud Leclerc "
        "Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier "
        "Rodriguez Da-Silva Hubert Louis Charles Guillot Rivière Le-Gall Guillaume Adam Rey Moulin "
        "Gonzalez Berger Lecomte Menard Fleury Deschamps Carpentier Julien Benoit Paris Maillard "
        "Marchal Aubry Vasseur Delattre Vandenberghe Dewitte Lemaître Desmet Wattez Delcroix "
        "Hennebelle Duhamel Decroix Willems Verhaeghe Ramdani Benali Haddad Diallo Traoré Kaya")
                                          .split(u' ');
    return names;
}

std::uint64_t stableHash(const QString& text)
{
    std::uint64_t hash = 0xCBF29CE484222325ULL; // FNV-1a
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

QString genderise(const QString& text, bool female)
{
    QString result;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0) {
            result += text.mid(i);
            break;
        }
        const qsizetype bar = text.indexOf(u'|', open);
        const qsizetype close = text.indexOf(u'}', bar);
        result += text.mid(i, open - i);
        result += female ? text.mid(bar + 1, close - bar - 1) : text.mid(open + 1, bar - open - 1);
        i = close + 1;
    }
    return result;
}

QString emailLocalPart(const QString& firstName, const QString& lastName)
{
    QString text = (firstName + u'.' + lastName).toLower().normalized(QString::NormalizationForm_D);
    QString ascii;
    for (const QChar c : text) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u' ' || c == u'\'')
            ascii += u'-';
        else if (c.unicode() < 128)
            ascii += c;
    }
    return ascii;
}

QString phoneNumber(Rng& rng, bool mobile)
{
    QString number = mobile ? QStringLiteral("06") : QStringLiteral("03 2%1").arg(rng.between(0, 9));
    const int groups = mobile ? 4 : 3;
    for (int i = 0; i < groups; ++i)
        number += QStringLiteral(" %1").arg(rng.below(100), 2, 10, QLatin1Char('0'));
    return number;
}

} // namespace maillage::demo
