#include "logging/rotatingfilesink.h"

#include <QDir>
#include <QFileInfo>

namespace mlc::logging {

RotatingFileSink::RotatingFileSink(const QString &path, qint64 maxBytes, int keep)
    : m_path(path)
    , m_maxBytes(qMax<qint64>(maxBytes, 1024))
    , m_keep(qMax(keep, 1))
{
    open();
}

RotatingFileSink::~RotatingFileSink()
{
    m_file.close();
}

QString RotatingFileSink::rotatedName(const QString &path, int index)
{
    return path + QLatin1Char('.') + QString::number(index);
}

// Binary mode: the same LF lines on every platform (today's Notepad reads them), and the size cap
// counts exactly the bytes written.
bool RotatingFileSink::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = m_file.errorString();
        return false;
    }
    m_error.clear();
    return true;
}

void RotatingFileSink::rotate()
{
    m_file.close();
    // Move the full file aside first. If that fails (on Windows another program may hold it open
    // without FILE_SHARE_DELETE), shift and delete nothing, keep appending, and try again only after
    // the file has grown by another tenth of the cap: never lose the older files, never retry (and
    // copy) on every line.
    const QString aside = m_path + QStringLiteral(".rotating");
    QFile::remove(aside);
    if (!QFile::rename(m_path, aside)) {
        m_retryAtSize = QFileInfo(m_path).size() + m_maxBytes / 10;
        open();
        return;
    }
    QFile::remove(rotatedName(m_path, m_keep));
    for (int i = m_keep - 1; i >= 1; --i) {
        if (QFile::exists(rotatedName(m_path, i)))
            QFile::rename(rotatedName(m_path, i), rotatedName(m_path, i + 1));
    }
    QFile::rename(aside, rotatedName(m_path, 1));
    m_retryAtSize = 0;
    open();
}

void RotatingFileSink::write(const LogRecord &record)
{
    if (!m_file.isOpen() && !open())
        return; // the directory went away or is not writable; stderr / Event Log still get it
    QByteArray line = formatLine(record).toUtf8();
    line.replace('\n', "\n    "); // continuation lines stay visibly part of the record
    line.append('\n');
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes && m_file.size() >= m_retryAtSize)
        rotate();
    if (!m_file.isOpen())
        return;
    if (line.size() > m_maxBytes) // one giant message must not defeat the size cap
        line = line.left(m_maxBytes - 16) + "... [cut]\n";
    m_file.write(line);
    m_file.flush();
}

void RotatingFileSink::flush()
{
    if (m_file.isOpen())
        m_file.flush();
}

} // namespace mlc::logging
