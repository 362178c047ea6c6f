#include "logging/stderrsink.h"

namespace mlc::logging {

StderrSink::StderrSink(Style style, std::FILE *stream)
    : m_style(style)
    , m_stream(stream)
{
}

StderrSink::Style StderrSink::detectStyle()
{
    return qEnvironmentVariableIsEmpty("JOURNAL_STREAM") ? Style::Plain : Style::Journal;
}

int StderrSink::syslogPriority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 7;
    case QtInfoMsg: return 6;
    case QtWarningMsg: return 4;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 2;
    }
    return 6;
}

QByteArray StderrSink::render(const LogRecord &record, Style style)
{
    if (style == Style::Plain)
        return formatLine(record).toUtf8() + '\n';
    // The journal stamps its own time; every physical line needs the prefix or it is logged as info.
    QString text = record.category + QStringLiteral(": ") + record.message;
    if (record.event != EventId::None)
        text += QStringLiteral(" [event ") + QString::number(unsigned(record.event)) + QLatin1Char(']');
    const QByteArray prefix = '<' + QByteArray::number(syslogPriority(record.type)) + '>';
    QByteArray out;
    const QList<QByteArray> lines = text.toUtf8().split('\n');
    for (const QByteArray &l : lines)
        out += prefix + l + '\n';
    return out;
}

void StderrSink::write(const LogRecord &record)
{
    const QByteArray bytes = render(record, m_style);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream);
    std::fflush(m_stream);
}

void StderrSink::flush()
{
    std::fflush(m_stream);
}

} // namespace mlc::logging
