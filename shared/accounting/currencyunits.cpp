#include "currencyunits.h"

namespace mlc::accounting {

bool looksLikeIsoCurrency(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return false;
    }
    return true;
}

int iso4217MinorUnits(const QString &isoCode)
{
    if (!looksLikeIsoCurrency(isoCode))
        return -1;
    // ISO 4217 list one (current codes) whose minor unit is not 2. Units without a minor unit
    // (XAU, XDR, ...) never appear on an expense or invoice and are left out.
    static const char *const zero[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                       "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
    static const char *const three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    static const char *const four[] = {"CLF", "UYW"};
    const QString code = isoCode.toUpper();
    for (const char *c : zero) {
        if (code == QLatin1String(c))
            return 0;
    }
    for (const char *c : three) {
        if (code == QLatin1String(c))
            return 3;
    }
    for (const char *c : four) {
        if (code == QLatin1String(c))
            return 4;
    }
    return 2;
}

} // namespace mlc::accounting
