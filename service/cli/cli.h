#pragma once
#include <QStringList>
#include <QTextStream>

namespace mlc::cli {
// Runs one command line (arguments without the program name); returns the exit code.
int run(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err);
}
