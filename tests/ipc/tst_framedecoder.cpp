// The pipe's frame decoder: every byte split of a multi-frame stream, round trips, and the inputs that
// must close a connection (zero length, oversize, non-JSON, non-object).
#include "ipc/framedecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QtEndian>

using namespace mlc::ipc;

namespace {

QByteArray rawFrame(const QByteArray &payload)
{
    QByteArray f(4, '\0');
    qToBigEndian<quint32>(quint32(payload.size()), f.data());
    return f + payload;
}

QByteArray header(quint32 length)
{
    QByteArray f(4, '\0');
    qToBigEndian<quint32>(length, f.data());
    return f;
}

QList<QJsonObject> sampleFrames()
{
    return {
        QJsonObject{{QStringLiteral("hello"), QJsonObject{{QStringLiteral("major"), 1},
                                                          {QStringLiteral("minor"), 0},
                                                          {QStringLiteral("client"), QStringLiteral("tray")}}}},
        QJsonObject{{QStringLiteral("id"), 42},
                    {QStringLiteral("method"), QStringLiteral("review.resolve")},
                    {QStringLiteral("params"), QJsonObject{{QStringLiteral("vendor"), QStringLiteral("Müller GmbH – Zürich €")}}}},
        QJsonObject{},
        QJsonObject{{QStringLiteral("event"), QStringLiteral("cycle.progress")},
                    {QStringLiteral("data"), QJsonObject{{QStringLiteral("done"), 3}, {QStringLiteral("of"), 10}}}},
    };
}

QByteArray sampleStream()
{
    QByteArray s;
    for (const QJsonObject &o : sampleFrames())
        s += encodeFrame(o);
    return s;
}

} // namespace

class TestFrameDecoder : public QObject
{
    Q_OBJECT
private slots:
    void everyByteSplit_data()
    {
        QTest::addColumn<int>("split");
        const QByteArray stream = sampleStream();
        for (int i = 0; i <= stream.size(); ++i)
            QTest::addRow("split at %d", i) << i;
    }

    // The stream arrives in two reads split at every possible byte: the same four frames come out,
    // none early, none twice, and nothing is left buffered.
    void everyByteSplit()
    {
        QFETCH(int, split);
        const QByteArray stream = sampleStream();
        FrameDecoder dec;
        QList<QJsonObject> got;
        const FrameDecoder::Output first = dec.feed(QByteArrayView(stream).first(split));
        QCOMPARE(first.state, FrameDecoder::State::Incomplete);
        got += first.frames;
        // Only the frames that lie entirely within the first part may be out already.
        int complete = 0;
        for (qsizetype pos = 0; pos < stream.size();) {
            const qsizetype len = 4 + qFromBigEndian<quint32>(stream.constData() + pos);
            if (pos + len > split)
                break;
            pos += len;
            ++complete;
        }
        QCOMPARE(first.frames.size(), complete);
        const FrameDecoder::Output second = dec.feed(QByteArrayView(stream).sliced(split));
        QCOMPARE(second.state, FrameDecoder::State::Incomplete);
        got += second.frames;
        QCOMPARE(got, sampleFrames());
        QCOMPARE(dec.bufferedBytes(), 0);
    }

    void byteByByte()
    {
        const QByteArray stream = sampleStream();
        FrameDecoder dec;
        QList<QJsonObject> got;
        for (char c : stream)
            got += dec.feed(QByteArrayView(&c, 1)).frames;
        QCOMPARE(got, sampleFrames());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::newRow("empty") << QJsonObject{};
        QTest::newRow("unicode") << QJsonObject{{QStringLiteral("ключ"), QStringLiteral("Zoë 日本語 🧾 \u00a0€")},
                                                 {QStringLiteral("quote\"\\"), QStringLiteral("line\nbreak\t")}};
        QTest::newRow("nested") << QJsonObject{{QStringLiteral("a"), QJsonArray{1, QJsonObject{{QStringLiteral("b"), QJsonValue()}}, false}},
                                                {QStringLiteral("n"), -12345678901.0}};
        QTest::newRow("near limit") << QJsonObject{{QStringLiteral("s"), QString(int(MaxFrameBytes) - 10, QLatin1Char('x'))}};
    }

    void roundTrip()
    {
        QFETCH(QJsonObject, object);
        const QByteArray frame = encodeFrame(object);
        QVERIFY(!frame.isEmpty());
        // The header is the big-endian payload length and the payload is compact UTF-8 JSON.
        QCOMPARE(qsizetype(qFromBigEndian<quint32>(frame.constData())), frame.size() - 4);
        QCOMPARE(frame.mid(4), QJsonDocument(object).toJson(QJsonDocument::Compact));
        FrameDecoder dec;
        const FrameDecoder::Output out = dec.feed(frame);
        QCOMPARE(out.state, FrameDecoder::State::Incomplete);
        QCOMPARE(out.frames.size(), 1);
        QCOMPARE(out.frames.first(), object);
    }

    void encodeRefusesOversize()
    {
        const QJsonObject big{{QStringLiteral("s"), QString(int(MaxFrameBytes), QLatin1Char('x'))}};
        QVERIFY(encodeFrame(big).isEmpty());
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("zero length") << header(0) << QStringLiteral("zero-length");
        QTest::newRow("oversize 2 MiB") << header(2u * 1024 * 1024) << QStringLiteral("exceeds");
        QTest::newRow("limit + 1") << header(MaxFrameBytes + 1) << QStringLiteral("exceeds");
        QTest::newRow("max uint32") << header(0xFFFFFFFFu) << QStringLiteral("exceeds");
        QTest::newRow("garbage") << QByteArray("GET / HTTP/1.1\r\n\r\n") << QStringLiteral("exceeds");
        QTest::newRow("not json") << rawFrame("hello") << QStringLiteral("not valid JSON");
        QTest::newRow("truncated json") << rawFrame("{\"a\":") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << rawFrame("[1,2]") << QStringLiteral("not a JSON object");
        QTest::newRow("string") << rawFrame("\"x\"") << QStringLiteral("not valid JSON"); // Qt: top level must be object or array
        QTest::newRow("bad utf8") << rawFrame("{\"a\":\"\xff\xfe\"}") << QStringLiteral("not valid JSON");
        QTest::newRow("after a good frame") << QByteArray(encodeFrame(QJsonObject{}) + header(0)) << QStringLiteral("zero-length");
    }

    // Each of these closes the connection: Invalid, with a reason, and it stays Invalid.
    void invalid()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorContains);
        FrameDecoder dec;
        const FrameDecoder::Output out = dec.feed(bytes);
        QCOMPARE(out.state, FrameDecoder::State::Invalid);
        QVERIFY2(out.error.contains(errorContains), qPrintable(out.error));
        const FrameDecoder::Output more = dec.feed(encodeFrame(QJsonObject{{QStringLiteral("ok"), true}}));
        QCOMPARE(more.state, FrameDecoder::State::Invalid);
        QVERIFY(more.frames.isEmpty());
        dec.reset();
        QCOMPARE(dec.feed(encodeFrame(QJsonObject{})).frames.size(), 1);
    }

    void framesBeforeErrorAreReturned()
    {
        FrameDecoder dec;
        const FrameDecoder::Output out = dec.feed(QByteArray(encodeFrame(QJsonObject{{QStringLiteral("id"), 1}}) + header(0)));
        QCOMPARE(out.frames.size(), 1);
        QCOMPARE(out.state, FrameDecoder::State::Invalid);
    }

    void exactlyOneMiBIsAccepted()
    {
        QByteArray payload = "{\"s\":\"" + QByteArray(int(MaxFrameBytes) - 8, 'y') + "\"}";
        QCOMPARE(payload.size(), qsizetype(MaxFrameBytes));
        FrameDecoder dec;
        const FrameDecoder::Output out = dec.feed(rawFrame(payload));
        QCOMPARE(out.state, FrameDecoder::State::Incomplete);
        QCOMPARE(out.frames.size(), 1);
    }

    // The oversize check fires on the header alone: no waiting for (or buffering) 2 MiB of payload.
    void oversizeDetectedFromHeader()
    {
        FrameDecoder dec;
        QCOMPARE(dec.feed(header(2u * 1024 * 1024).first(3)).state, FrameDecoder::State::Incomplete);
        QCOMPARE(dec.feed(header(2u * 1024 * 1024).sliced(3)).state, FrameDecoder::State::Invalid);
    }
};

QTEST_APPLESS_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
