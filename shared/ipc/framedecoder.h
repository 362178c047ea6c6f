#pragma once
// Framing of the service <-> tray pipe: every message is a 4-byte big-endian length followed by that
// many bytes of compact UTF-8 JSON holding one object. The decoder is pure (no I/O) so that it can be
// tested on every byte split and fuzzed; the server closes a connection as soon as it turns invalid.
#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mlc::ipc {

// Frames larger than this are refused: no legitimate message comes near it, and a hostile or broken
// peer must not make the service allocate gigabytes from a 4-byte header.
constexpr quint32 MaxFrameBytes = 1024u * 1024u;
constexpr int FrameHeaderBytes = 4;

// Serializes one object as a frame (header + compact JSON). An object whose JSON exceeds
// MaxFrameBytes yields an empty QByteArray: callers must not send it.
QByteArray encodeFrame(const QJsonObject &object);

class FrameDecoder
{
public:
    enum class State {
        Incomplete, // all complete frames were returned; waiting for more bytes (or none buffered)
        Invalid,    // the stream is corrupt; the connection must be closed (sticky until reset())
    };

    struct Output {
        QList<QJsonObject> frames; // complete frames in arrival order (also those before an error)
        State state = State::Incomplete;
        QString error; // why the stream is invalid (no payload content, safe to log)
    };

    // Appends bytes and returns every frame completed by them.
    Output feed(QByteArrayView bytes);

    State state() const { return m_invalid ? State::Invalid : State::Incomplete; }
    QString errorString() const { return m_error; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    void reset();

private:
    bool fail(const QString &why);

    QByteArray m_buffer;
    qsizetype m_pos = 0; // consumed prefix of m_buffer (compacted lazily to keep feeding O(n))
    bool m_invalid = false;
    QString m_error;
};

} // namespace mlc::ipc
