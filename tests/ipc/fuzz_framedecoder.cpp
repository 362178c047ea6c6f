// Fuzz target for the pipe's frame decoder, the first code that touches bytes from another process.
// Invariants checked on every input:
//  - feeding the input in one piece or split at arbitrary points yields the same frames and state;
//  - every decoded frame re-encodes to a frame that decodes to the same object;
//  - after Invalid the decoder stays Invalid and returns no more frames.
// Built as a libFuzzer target with -DMLC_FUZZ=ON (clang), and always as a plain program:
//   fuzz_framedecoder [corpus files or dirs...] [-runs=N] [-seed=S]
// which replays the corpus, then N random and mutated inputs (used by CTest as a quick smoke run).
#include "ipc/framedecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using mlc::ipc::FrameDecoder;

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "fuzz_framedecoder: invariant violated: %s\n", what);
    std::abort();
}

void checkOne(const uint8_t *data, size_t size)
{
    const QByteArrayView all(reinterpret_cast<const char *>(data), qsizetype(size));

    FrameDecoder whole;
    const FrameDecoder::Output a = whole.feed(all);

    // Split points derived from the input itself, so the fuzzer explores them too.
    FrameDecoder pieces;
    QList<QJsonObject> frames;
    FrameDecoder::State state = FrameDecoder::State::Incomplete;
    size_t pos = 0;
    size_t step = size ? (data[0] % 7) + 1 : 1;
    while (pos < size) {
        const size_t n = std::min(step, size - pos);
        const FrameDecoder::Output o = pieces.feed(all.sliced(qsizetype(pos), qsizetype(n)));
        if (state == FrameDecoder::State::Invalid && !o.frames.isEmpty())
            violated("frames after invalid");
        frames += o.frames;
        state = o.state;
        pos += n;
        step = (step * 5 + data[pos % size]) % 13 + 1;
    }
    if (size == 0)
        state = pieces.feed({}).state;
    if (frames != a.frames || state != a.state)
        violated("split feeding differs from whole feeding");
    if (a.state == FrameDecoder::State::Invalid && (whole.feed(QByteArrayView("x", 1)).state != FrameDecoder::State::Invalid))
        violated("invalid is not sticky");

    for (const QJsonObject &f : a.frames) {
        const QByteArray again = mlc::ipc::encodeFrame(f);
        if (again.isEmpty())
            continue; // a frame near the limit can grow when re-encoded (escapes); not an error
        FrameDecoder check;
        const FrameDecoder::Output o = check.feed(again);
        if (o.frames.size() != 1 || o.frames.first() != f || o.state != FrameDecoder::State::Incomplete
            || check.bufferedBytes() != 0)
            violated("re-encoded frame does not round-trip");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkOne(data, size);
    return 0;
}

#ifndef MLC_LIBFUZZER

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace {

QByteArray frameOf(const QByteArray &payload)
{
    QByteArray f(4, '\0');
    qToBigEndian<quint32>(quint32(payload.size()), f.data());
    return f + payload;
}

QList<QByteArray> builtinSeeds()
{
    return {
        mlc::ipc::encodeFrame(QJsonObject{{QStringLiteral("hello"),
                                           QJsonObject{{QStringLiteral("major"), 1}, {QStringLiteral("minor"), 0}}}}),
        mlc::ipc::encodeFrame(QJsonObject{{QStringLiteral("id"), 1},
                                          {QStringLiteral("method"), QStringLiteral("status")},
                                          {QStringLiteral("params"), QJsonObject{{QStringLiteral("ü€𝄞"), QJsonArray{1, 2.5, true}}}}}),
        frameOf("[]"),
        frameOf("{\"a\":"),
        frameOf("\"\\ud800\""),
        QByteArray("\x00\x00\x00\x00", 4),
        QByteArray("\x00\x20\x00\x00{}", 6),
        QByteArray("\x00\x10\x00\x00", 4),
    };
}

QByteArray mutate(QByteArray in, QRandomGenerator &rng)
{
    const int ops = int(rng.bounded(1, 6));
    for (int i = 0; i < ops; ++i) {
        switch (rng.bounded(5)) {
        case 0: // flip a byte
            if (!in.isEmpty())
                in[qsizetype(rng.bounded(quint32(in.size())))] = char(rng.bounded(256));
            break;
        case 1: // insert random bytes
            in.insert(qsizetype(rng.bounded(quint32(in.size() + 1))), QByteArray(int(rng.bounded(1, 8)), char(rng.bounded(256))));
            break;
        case 2: // truncate
            in.truncate(qsizetype(rng.bounded(quint32(in.size() + 1))));
            break;
        case 3: // concatenate another seed
            in += builtinSeeds().at(qsizetype(rng.bounded(quint32(builtinSeeds().size()))));
            break;
        default: // rewrite a length header with an interesting value
            if (in.size() >= 4) {
                static const quint32 interesting[] = {0, 1, 2, 0xFFFFF, 0x100000, 0x100001, 0xFFFFFFFF};
                qToBigEndian<quint32>(interesting[rng.bounded(7)], in.data());
            }
            break;
        }
    }
    return in;
}

void run(const QByteArray &input)
{
    checkOne(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

} // namespace

int main(int argc, char **argv)
{
    long runs = 1000;
    quint32 seed = 1;
    QList<QByteArray> corpus = builtinSeeds();
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("-runs=")) {
            runs = arg.mid(6).toLong();
        } else if (arg.startsWith("-seed=")) {
            seed = arg.mid(6).toUInt();
        } else {
            const QString path = QFile::decodeName(arg);
            QStringList paths;
            if (QFileInfo(path).isDir()) {
                QDirIterator it(path, QDir::Files);
                while (it.hasNext())
                    paths << it.next();
            } else {
                paths << path;
            }
            for (const QString &p : std::as_const(paths)) {
                QFile f(p);
                if (!f.open(QIODevice::ReadOnly)) {
                    std::fprintf(stderr, "cannot read %s\n", qPrintable(p));
                    return 2;
                }
                corpus << f.readAll();
                ++files;
            }
        }
    }
    for (const QByteArray &c : std::as_const(corpus))
        run(c);
    QRandomGenerator rng(seed);
    for (long i = 0; i < runs; ++i) {
        if (i % 4 == 0) {
            QByteArray random(qsizetype(rng.bounded(64)), Qt::Uninitialized);
            for (char &ch : random)
                ch = char(rng.bounded(256));
            run(random);
        } else {
            run(mutate(corpus.at(qsizetype(rng.bounded(quint32(corpus.size())))), rng));
        }
    }
    std::printf("fuzz_framedecoder: %d corpus files, %d seeds, %ld generated inputs: OK\n", files,
                int(corpus.size()) - files, runs);
    return 0;
}

#endif
