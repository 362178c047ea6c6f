#include "ipc/protocol.h"

namespace mlc::ipc::protocol {

QJsonObject helloFrame(const QString &client, int major, int minor, const QString &role)
{
    QJsonObject hello{{QStringLiteral("major"), major}, {QStringLiteral("minor"), minor}, {QStringLiteral("client"), client}};
    if (!role.isEmpty())
        hello.insert(QStringLiteral("role"), role);
    return QJsonObject{{QStringLiteral("hello"), hello}};
}

Result<Hello> parseHello(const QJsonObject &frame)
{
    const QJsonValue v = frame.value(QLatin1String("hello"));
    if (!v.isObject())
        return makeError(errProtocol(), QStringLiteral("The first message must be a hello."));
    const QJsonObject h = v.toObject();
    const QJsonValue major = h.value(QLatin1String("major"));
    const QJsonValue minor = h.value(QLatin1String("minor"));
    if (!major.isDouble() || !minor.isDouble())
        return makeError(errProtocol(), QStringLiteral("The hello message has no protocol version."));
    Hello hello;
    hello.major = major.toInt(-1);
    hello.minor = minor.toInt(-1);
    hello.client = h.value(QLatin1String("client")).toString().left(200);
    hello.role = h.value(QLatin1String("role")).toString().left(20);
    return hello;
}

QJsonObject errorFrame(const QString &code, const QString &message)
{
    return QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

bool isErrorFrame(const QJsonObject &frame)
{
    return frame.value(QLatin1String("error")).isObject() && !frame.contains(QLatin1String("id"));
}

Error parseErrorFrame(const QJsonObject &frame)
{
    const QJsonObject e = frame.value(QLatin1String("error")).toObject();
    return makeError(e.value(QLatin1String("code")).toString(), e.value(QLatin1String("message")).toString());
}

QJsonObject requestFrame(qint64 id, const QString &method, const QJsonObject &params)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
}

QJsonObject okReply(const QJsonValue &id, const QJsonObject &result)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("ok"), true}, {QStringLiteral("result"), result}};
}

QJsonObject errorReply(const QJsonValue &id, const QString &code, const QString &message)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("ok"), false},
                       {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

QJsonObject eventFrame(const QString &event, const QJsonObject &data)
{
    return QJsonObject{{QStringLiteral("event"), event}, {QStringLiteral("data"), data}};
}

} // namespace mlc::ipc::protocol
