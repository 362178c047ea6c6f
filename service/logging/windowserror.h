#pragma once
// "The system cannot find the file specified. (Windows error 2)": a Win32 error code as text for
// error details (install/uninstall, Event Log registration). Windows builds only.
#include <QString>

namespace mlc::logging {

QString windowsErrorText(unsigned long code);

} // namespace mlc::logging
