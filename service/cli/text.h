#pragma once
// User-visible text of the command line goes through Qt Linguist (context "mlc::cli").
#include <QCoreApplication>
#include <QString>

namespace mlc::cli {
inline QString tr(const char *source, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("mlc::cli", source, disambiguation, n);
}
}
