#include "masterdata.h"

#include <algorithm>

namespace mlc::accounting {
namespace {

QString profitCenterKey(int dimension, const QString &code)
{
    return QString::number(dimension) + QLatin1Char('|') + code;
}

} // namespace

void MasterData::buildIndex()
{
    m_partnerIndex.clear();
    m_accountIndex.clear();
    m_profitCenterIndex.clear();
    m_partnerIndex.reserve(partners.size());
    m_accountIndex.reserve(accounts.size());
    m_profitCenterIndex.reserve(profitCenters.size());
    for (int i = 0; i < partners.size(); ++i)
        m_partnerIndex.insert(partners.at(i).cardCode, i);
    for (int i = 0; i < accounts.size(); ++i)
        m_accountIndex.insert(accounts.at(i).code, i);
    for (int i = 0; i < profitCenters.size(); ++i)
        m_profitCenterIndex.insert(profitCenterKey(profitCenters.at(i).dimension, profitCenters.at(i).code), i);
}

// The lookups fall back to a linear scan when buildIndex() was not called (the index is empty but
// the lists are not), so a caller that forgets it gets correct, only slower, answers.
const BusinessPartner *MasterData::partner(const QString &cardCode) const
{
    if (m_partnerIndex.isEmpty()) {
        for (const BusinessPartner &bp : partners) {
            if (bp.cardCode == cardCode)
                return &bp;
        }
        return nullptr;
    }
    const auto it = m_partnerIndex.constFind(cardCode);
    return it == m_partnerIndex.constEnd() ? nullptr : &partners.at(*it);
}

const Account *MasterData::account(const QString &code) const
{
    if (m_accountIndex.isEmpty()) {
        for (const Account &a : accounts) {
            if (a.code == code)
                return &a;
        }
        return nullptr;
    }
    const auto it = m_accountIndex.constFind(code);
    return it == m_accountIndex.constEnd() ? nullptr : &accounts.at(*it);
}

const ProfitCenter *MasterData::profitCenter(int dimension, const QString &code) const
{
    if (m_profitCenterIndex.isEmpty()) {
        for (const ProfitCenter &pc : profitCenters) {
            if (pc.dimension == dimension && pc.code == code)
                return &pc;
        }
        return nullptr;
    }
    const auto it = m_profitCenterIndex.constFind(profitCenterKey(dimension, code));
    return it == m_profitCenterIndex.constEnd() ? nullptr : &profitCenters.at(*it);
}

bool MasterData::dimensionActive(int dimension) const
{
    for (const Dimension &d : dimensions) {
        if (d.code == dimension)
            return d.active;
    }
    return false;
}

QList<int> MasterData::activeDimensions() const
{
    QList<int> out;
    for (const Dimension &d : dimensions) {
        if (d.active && d.code >= 1 && d.code <= 5 && !out.contains(d.code))
            out.append(d.code);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace mlc::accounting
