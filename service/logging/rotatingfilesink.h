#pragma once
// The service's log file in the data directory, rotated by size so that months of unattended
// running never fill the disk: ml-connector.log, then .1 (newest) … .N (oldest, dropped next).
// Each line is written and flushed at once, so a crash loses nothing already logged.
#include "logging/logsink.h"

#include <QFile>
#include <QString>

namespace mlc::logging {

class RotatingFileSink : public LogSink {
public:
    // maxBytes: rotate before a line would make the file larger; keep: rotated files kept (≥ 1).
    RotatingFileSink(const QString &path, qint64 maxBytes = 5 * 1024 * 1024, int keep = 5);
    ~RotatingFileSink() override;

    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_error; }
    void write(const LogRecord &record) override;
    void flush() override;

    static QString rotatedName(const QString &path, int index); // "<path>.<index>"

private:
    bool open();
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    int m_keep;
    QFile m_file;
    QString m_error;
    qint64 m_retryAtSize = 0; // after a failed rotation: do not try again before this size
};

} // namespace mlc::logging
