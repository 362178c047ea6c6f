#include "ipc/framedecoder.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>

namespace mlc::ipc {

QByteArray encodeFrame(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (json.size() > qsizetype(MaxFrameBytes))
        return {};
    QByteArray frame;
    frame.reserve(FrameHeaderBytes + json.size());
    frame.resize(FrameHeaderBytes);
    qToBigEndian<quint32>(quint32(json.size()), frame.data());
    frame.append(json);
    return frame;
}

void FrameDecoder::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_invalid = false;
    m_error.clear();
}

bool FrameDecoder::fail(const QString &why)
{
    m_invalid = true;
    m_error = why;
    m_buffer.clear();
    m_pos = 0;
    return false;
}

FrameDecoder::Output FrameDecoder::feed(QByteArrayView bytes)
{
    Output out;
    if (m_invalid) {
        out.state = State::Invalid;
        out.error = m_error;
        return out;
    }
    // Drop the consumed prefix only when it dominates the buffer, so a stream of small frames does
    // not memmove the remainder on every call.
    if (m_pos > 0 && (m_pos >= m_buffer.size() || m_pos > 64 * 1024)) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());

    while (m_buffer.size() - m_pos >= FrameHeaderBytes) {
        const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_pos);
        if (length == 0) {
            fail(QStringLiteral("zero-length frame"));
            break;
        }
        if (length > MaxFrameBytes) {
            fail(QStringLiteral("frame of %1 bytes exceeds the limit of %2 bytes").arg(length).arg(MaxFrameBytes));
            break;
        }
        if (m_buffer.size() - m_pos - FrameHeaderBytes < qsizetype(length))
            break; // incomplete: wait for more bytes
        const QByteArray payload =
            QByteArray::fromRawData(m_buffer.constData() + m_pos + FrameHeaderBytes, qsizetype(length));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fail(QStringLiteral("frame is not valid JSON (%1 at offset %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset));
            break;
        }
        if (!doc.isObject()) {
            fail(QStringLiteral("frame is not a JSON object"));
            break;
        }
        out.frames.append(doc.object());
        m_pos += FrameHeaderBytes + qsizetype(length);
    }
    if (m_pos == m_buffer.size()) {
        m_buffer.resize(0); // keeps the capacity for the next frame
        m_pos = 0;
    }
    out.state = state();
    out.error = m_error;
    return out;
}

} // namespace mlc::ipc
