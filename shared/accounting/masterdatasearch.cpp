#include "masterdatasearch.h"

#include "namenormaliser.h"

#include <algorithm>

namespace mlc::accounting {
namespace {

struct Candidate {
    QString code;
    QString name;
    int dimension = 0;
};

// Case- and accent-insensitive "contains" key.
QString folded(const QString &s)
{
    QString d = s.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(d.size());
    for (const QChar c : std::as_const(d)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out.simplified();
}

int commonPrefix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n).toCaseFolded() == b.at(n).toCaseFolded())
        ++n;
    return n;
}

} // namespace

MasterDataSearchResult searchMasterData(const MasterData &md, const MasterDataQuery &q)
{
    QList<Candidate> all;
    if (q.kind == QLatin1String("vendor")) {
        for (const BusinessPartner &bp : md.partners) {
            if (bp.usable())
                all.append(Candidate{bp.cardCode, bp.cardName, 0});
        }
    } else if (q.kind == QLatin1String("account")) {
        for (const Account &a : md.accounts) {
            if (a.usable())
                all.append(Candidate{a.code, a.name, 0});
        }
    } else if (q.kind == QLatin1String("costcenter")) {
        for (const ProfitCenter &pc : md.profitCenters) {
            if (pc.active && (q.dimension == 0 || pc.dimension == q.dimension))
                all.append(Candidate{pc.code, pc.name, pc.dimension});
        }
    } else if (q.kind == QLatin1String("currency")) {
        bool local = false;
        for (const Currency &c : md.currencies) {
            all.append(Candidate{c.code, c.isoCode, 0});
            local = local || c.code == md.localCurrency;
        }
        if (!local && !md.localCurrency.isEmpty())
            all.append(Candidate{md.localCurrency, QString(), 0});
    }

    const QString text = folded(q.text);
    const QString sourceNorm = normaliseName(q.sourceName);
    const std::vector<quint32> sourceBigrams = nameBigrams(sourceNorm);
    const QString sourceCode = q.sourceCode.trimmed();
    QList<MasterDataHit> hits;
    for (const Candidate &c : std::as_const(all)) {
        const QString code = folded(c.code);
        const QString name = folded(c.name);
        int score = 0;
        if (!text.isEmpty()) {
            if (code == text)
                score += 3000;
            else if (code.startsWith(text))
                score += 2000;
            else if (name.startsWith(text))
                score += 1000;
            else if (!code.contains(text) && !name.contains(text))
                continue;
        }
        MasterDataHit h;
        h.code = c.code;
        h.name = c.name;
        h.dimension = c.dimension;
        const qsizetype idx = q.candidates.indexOf(c.code);
        h.candidate = idx >= 0;
        h.candidateRank = idx >= 0 ? int(idx) : -1;
        if (!sourceCode.isEmpty()) {
            if (c.code.compare(sourceCode, Qt::CaseInsensitive) == 0)
                score += 1500;
            else if (c.code.contains(sourceCode, Qt::CaseInsensitive))
                score += 800; // e.g. CardCode "E12345" for employee 12345
            else
                score += 50 * qMin(commonPrefix(c.code, sourceCode), 8); // G/L accounts of one group share a prefix
        }
        if (!sourceBigrams.empty() && !c.name.isEmpty()) {
            h.similarity = bigramSimilarity(sourceBigrams, nameBigrams(normaliseName(c.name)));
            if (h.similarity >= 0.2)
                score += int(h.similarity * 1000);
        }
        h.score = score;
        hits.append(h);
    }
    // The reason's candidates first, in the order the rules ranked them; then by score.
    std::stable_sort(hits.begin(), hits.end(), [](const MasterDataHit &a, const MasterDataHit &b) {
        if (a.candidate != b.candidate)
            return a.candidate;
        if (a.candidate && a.candidateRank != b.candidateRank)
            return a.candidateRank < b.candidateRank;
        if (a.score != b.score)
            return a.score > b.score;
        if (a.dimension != b.dimension)
            return a.dimension < b.dimension;
        return a.code < b.code;
    });
    MasterDataSearchResult result;
    result.total = int(hits.size());
    const int offset = qMax(0, q.offset);
    const int limit = qMax(0, q.limit);
    result.hits = hits.mid(offset, limit);
    return result;
}

QString mappingTargetProblem(const MasterData &md, const QString &kind, const QString &sourceKey, const QString &target)
{
    if (kind == QLatin1String("vendor")) {
        const BusinessPartner *bp = md.partner(target);
        if (!bp)
            return QStringLiteral("missing");
        if (!bp->isSupplier())
            return QStringLiteral("not-supplier");
        if (bp->frozen)
            return QStringLiteral("frozen");
        if (!bp->valid)
            return QStringLiteral("inactive");
        return {};
    }
    if (kind == QLatin1String("account")) {
        const Account *a = md.account(target);
        if (!a)
            return QStringLiteral("missing");
        if (a->controlAccount)
            return QStringLiteral("control");
        if (!a->postable)
            return QStringLiteral("title");
        if (a->frozen)
            return QStringLiteral("frozen");
        return {};
    }
    if (kind == QLatin1String("costcenter")) {
        bool ok = false;
        const int dim = sourceKey.section(QLatin1Char(':'), 0, 0).toInt(&ok);
        const ProfitCenter *pc = ok ? md.profitCenter(dim, target) : nullptr;
        if (!pc)
            return QStringLiteral("missing");
        if (!pc->active)
            return QStringLiteral("inactive");
        return {};
    }
    if (kind == QLatin1String("currency")) {
        if (target == md.localCurrency || md.currency(target))
            return {};
        return QStringLiteral("missing");
    }
    return {};
}

} // namespace mlc::accounting
