#include "namenormaliser.h"

#include <QStringList>
#include <algorithm>

namespace mlc::accounting {
namespace {

// Legal forms and connector words, compared after folding and dot removal.
const QLatin1String kDropWords[] = {
    QLatin1String("gmbh"), QLatin1String("mbh"), QLatin1String("gesmbh"), QLatin1String("ag"),
    QLatin1String("kg"), QLatin1String("kgaa"), QLatin1String("ohg"), QLatin1String("ug"),
    QLatin1String("gbr"), QLatin1String("ek"), QLatin1String("ev"), QLatin1String("eg"),
    QLatin1String("se"), QLatin1String("co"), QLatin1String("corp"), QLatin1String("corporation"),
    QLatin1String("inc"), QLatin1String("incorporated"), QLatin1String("llc"), QLatin1String("llp"),
    QLatin1String("lp"), QLatin1String("ltd"), QLatin1String("limited"), QLatin1String("plc"),
    QLatin1String("sa"), QLatin1String("sas"), QLatin1String("sasu"), QLatin1String("sarl"),
    QLatin1String("eurl"), QLatin1String("srl"), QLatin1String("spa"), QLatin1String("sl"),
    QLatin1String("slu"), QLatin1String("ltda"), QLatin1String("bv"), QLatin1String("nv"),
    QLatin1String("vof"), QLatin1String("ab"), QLatin1String("as"), QLatin1String("asa"),
    QLatin1String("oy"), QLatin1String("oyj"), QLatin1String("aps"), QLatin1String("kft"),
    QLatin1String("sro"), QLatin1String("pty"), QLatin1String("pte"), QLatin1String("company"),
    QLatin1String("cie"), QLatin1String("and"), QLatin1String("und"), QLatin1String("et"),
};

bool isDropWord(QStringView w)
{
    for (const QLatin1String &d : kDropWords) {
        if (w == d)
            return true;
    }
    return false;
}

bool isAsciiOnly(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Appends the folded form of one (already NFKD-decomposed) character.
void appendFolded(QString &out, QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            out += c;
        else if (u >= u'A' && u <= u'Z')
            out += QChar(u + 32);
        else if (u == u'.' || u == u'\'' || u == u'`')
            return; // "S.A." -> "sa", "O'Neil" -> "oneil"
        else
            out += QLatin1Char(' ');
        return;
    }
    switch (c.category()) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return; // the accent of a decomposed letter
    default:
        break;
    }
    switch (u) {
    case 0x00DF: out += QLatin1String("ss"); return; // ß
    case 0x00E6: case 0x00C6: out += QLatin1String("ae"); return;
    case 0x0153: case 0x0152: out += QLatin1String("oe"); return;
    case 0x00F8: case 0x00D8: out += QLatin1Char('o'); return;
    case 0x0142: case 0x0141: out += QLatin1Char('l'); return;
    case 0x0111: case 0x0110: case 0x00F0: case 0x00D0: out += QLatin1Char('d'); return;
    case 0x00FE: case 0x00DE: out += QLatin1String("th"); return;
    case 0x0131: out += QLatin1Char('i'); return;
    case 0x2019: case 0x2018: case 0x00B4: return; // typographic apostrophes
    default:
        break;
    }
    if (c.isLetterOrNumber())
        out += c.toCaseFolded();
    else
        out += QLatin1Char(' ');
}

} // namespace

QString normaliseName(const QString &name)
{
    const QString decomposed = isAsciiOnly(name) ? name : name.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size() + 4);
    for (const QChar c : decomposed)
        appendFolded(folded, c);

    QString out;
    out.reserve(folded.size());
    QString all; // fallback when every word is a legal form
    int i = 0;
    const int n = folded.size();
    while (i < n) {
        while (i < n && folded.at(i) == QLatin1Char(' '))
            ++i;
        const int start = i;
        while (i < n && folded.at(i) != QLatin1Char(' '))
            ++i;
        if (i == start)
            break;
        const QStringView word = QStringView(folded).mid(start, i - start);
        if (!all.isEmpty())
            all += QLatin1Char(' ');
        all += word;
        if (isDropWord(word))
            continue;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += word;
    }
    return out.isEmpty() ? all : out;
}

QString normaliseTaxId(const QString &taxId)
{
    QString out;
    out.reserve(taxId.size());
    for (const QChar c : taxId) {
        if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/'))
            continue;
        out += c.toUpper();
    }
    return out;
}

QString foldName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

std::vector<quint32> nameBigrams(QStringView normalised)
{
    std::vector<quint32> out;
    out.reserve(static_cast<size_t>(normalised.size()));
    char16_t prev = 0;
    bool havePrev = false;
    for (const QChar c : normalised) {
        if (c == QLatin1Char(' '))
            continue;
        if (havePrev)
            out.push_back((quint32(prev) << 16) | c.unicode());
        prev = c.unicode();
        havePrev = true;
    }
    if (out.empty() && havePrev)
        out.push_back(quint32(prev) << 16); // one-letter names still compare
    std::sort(out.begin(), out.end());
    return out;
}

double bigramSimilarity(const std::vector<quint32> &a, const std::vector<quint32> &b)
{
    if (a.empty() || b.empty())
        return 0.0;
    size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++common;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * double(common) / double(a.size() + b.size());
}

double nameSimilarity(const QString &a, const QString &b)
{
    return bigramSimilarity(nameBigrams(normaliseName(a)), nameBigrams(normaliseName(b)));
}

} // namespace mlc::accounting
