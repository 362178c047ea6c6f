#pragma once
// Name and tax-id normalisation for vendor matching (design.md §2 "Mapping resolution"):
// case, accents, punctuation and legal forms are ignored, so "Müller GmbH", "MULLER" and
// "Muller G.m.b.H." all normalise to "muller". Umlauts fold to the base letter (ü -> u, not ue):
// "Mueller" is a different name, offered only as a fuzzy candidate.
#include <QString>
#include <QStringView>
#include <vector>

namespace mlc::accounting {

// NFKD + combining marks stripped (ß -> ss, æ -> ae, ø -> o, ...), case-folded, '.' and
// apostrophes dropped ("S.A." -> "sa", "O'Neil" -> "oneil"), other punctuation as spaces, the
// legal-form and connector words (GmbH, AG, KG, Inc, LLC, Ltd, S.A., SARL, BV, Co, Corp, and,
// und, et, ...) removed, words joined by single spaces. A name made only of such words keeps them.
QString normaliseName(const QString &name);

// Upper case, without spaces and the separators . - / (VAT ids are written "DE 123.456.789").
QString normaliseTaxId(const QString &taxId);

// Case-folded, whitespace simplified: the "equals" of an employee's full name.
QString foldName(const QString &name);

// Sorted character-bigram codes of a normalised name (spaces ignored), for a cheap
// Dice-coefficient similarity in [0, 1].
std::vector<quint32> nameBigrams(QStringView normalised);
double bigramSimilarity(const std::vector<quint32> &a, const std::vector<quint32> &b);
double nameSimilarity(const QString &a, const QString &b); // normalises both first

} // namespace mlc::accounting
