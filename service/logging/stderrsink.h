#pragma once
// stderr: plain lines in console mode; under systemd (JOURNAL_STREAM set, stderr connected to the
// journal) each line carries the syslog priority prefix "<N>" that journald turns into the entry's
// PRIORITY (sd-daemon(3)), so `journalctl -p warning -u ml-connector` works without libsystemd.
#include "logging/logsink.h"

#include <cstdio>

namespace mlc::logging {

class StderrSink : public LogSink {
public:
    enum class Style { Plain, Journal };
    explicit StderrSink(Style style, std::FILE *stream = stderr);
    // Journal when JOURNAL_STREAM is set (systemd connected stderr to the journal), else Plain.
    static Style detectStyle();
    // The bytes written for one record (tests check them).
    static QByteArray render(const LogRecord &record, Style style);
    static int syslogPriority(QtMsgType type); // 7 debug, 6 info, 4 warning, 3 error, 2 fatal

    void write(const LogRecord &record) override;
    void flush() override;

private:
    Style m_style;
    std::FILE *m_stream;
};

} // namespace mlc::logging
