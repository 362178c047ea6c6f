#pragma once
// Serialises JSON the way Concur's FIS (a Java service) does, rather than the way QJsonDocument
// does: member order shuffled per response (the docs say order is not guaranteed, and a client
// must not depend on it) and money/quantity fields rendered as Java BigDecimal with scale 8
// ("50.00000000", and zero as "0E-8"), which QJsonDocument cannot produce.
#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <random>

class QJsonArray;
class QJsonObject;

namespace mlc::sim {

class FisJsonWriter {
public:
    FisJsonWriter(quint32 seed, bool shuffleKeys);

    QByteArray write(const QJsonValue &value);
    QByteArray write(const QJsonObject &object);
    QByteArray write(const QJsonArray &array);

    // True for the fields Concur serialises as scale-8 BigDecimal (invoice header/line amounts,
    // quantities and allocation percentages).
    static bool isBigDecimalKey(const QString &key);

private:
    void append(QByteArray &out, const QJsonValue &value, bool bigDecimal);
    void appendObject(QByteArray &out, const QJsonObject &object);
    void appendArray(QByteArray &out, const QJsonArray &array, bool bigDecimal);
    static void appendString(QByteArray &out, const QString &text);
    static void appendEscapedUtf8(QByteArray &out, const QByteArray &utf8);
    static void appendEscaped(QByteArray &out, char ch, const char *hex);
    static void appendNumber(QByteArray &out, double value, bool bigDecimal);

    std::mt19937 m_rng;
    bool m_shuffle;
};

} // namespace mlc::sim
