// Parsing of /oauth2/v0/token answers and of the persisted company token, on the documented
// quirks: expires_in as string or number, refresh_expires_in in epoch seconds, no refresh_token.
#include "concur/companytoken.h"
#include "concur/tokenresponse.h"

#include <QTest>

using namespace mlc::concur;

class TestTokenResponse : public QObject {
    Q_OBJECT
private slots:
    void expiresIn_data();
    void expiresIn();
    void refreshExpiresIn_data();
    void refreshExpiresIn();
    void missingRefreshToken();
    void geolocationKeptRaw();
    void malformed_data();
    void malformed();
    void oauthError_data();
    void oauthError();
    void companyTokenRoundTrip();
    void companyTokenRejectsForeignGeolocation();
    void companyTokenCorrupt();
};

static const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

void TestTokenResponse::expiresIn_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("string (apidoc)") << QByteArray(R"("expires_in":"3600")") << qint64(3600);
    QTest::newRow("number (tmc-overview)") << QByteArray(R"("expires_in":3600)") << qint64(3600);
    QTest::newRow("short") << QByteArray(R"("expires_in":"120")") << qint64(120);
    QTest::newRow("absent → one hour") << QByteArray(R"("x":1)") << qint64(3600);
    QTest::newRow("garbage → one hour") << QByteArray(R"("expires_in":"soon")") << qint64(3600);
}

void TestTokenResponse::expiresIn()
{
    QFETCH(QByteArray, member);
    QFETCH(qint64, seconds);
    const QByteArray body = R"({"access_token":"at","refresh_token":"rt",)" + member + "}";
    const auto g = parseTokenResponse(body, Now);
    QVERIFY(g.ok());
    QCOMPARE(g->expiresInSeconds, seconds);
    QCOMPARE(g->accessToken, QStringLiteral("at"));
    QCOMPARE(g->refreshToken, QStringLiteral("rt"));
}

void TestTokenResponse::refreshExpiresIn_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("epoch number") << QByteArray(R"("refresh_expires_in":1517039403)")
                                  << QDateTime::fromSecsSinceEpoch(1517039403, Qt::UTC);
    QTest::newRow("epoch string") << QByteArray(R"("refresh_expires_in":"1790000000")")
                                  << QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);
    QTest::newRow("duration, not epoch") << QByteArray(R"("refresh_expires_in":15552000)") << Now.addSecs(15552000);
    QTest::newRow("absent") << QByteArray(R"("x":1)") << QDateTime();
}

void TestTokenResponse::refreshExpiresIn()
{
    QFETCH(QByteArray, member);
    QFETCH(QDateTime, expected);
    const auto g = parseTokenResponse(R"({"access_token":"at",)" + member + "}", Now);
    QVERIFY(g.ok());
    QCOMPARE(g->refreshExpiresAt, expected);
}

void TestTokenResponse::missingRefreshToken()
{
    const auto g = parseTokenResponse(R"({"expires_in":"3600","access_token":"at","token_type":"Bearer"})", Now);
    QVERIFY(g.ok());
    QVERIFY(g->refreshToken.isEmpty());
}

void TestTokenResponse::geolocationKeptRaw()
{
    const auto g = parseTokenResponse(
        R"({"access_token":"at","geolocation":"https://us.api.concursolutions.com/oauth2/v0/token"})", Now);
    QVERIFY(g.ok());
    QCOMPARE(g->geolocation, QStringLiteral("https://us.api.concursolutions.com/oauth2/v0/token"));
}

void TestTokenResponse::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("<html>bad gateway</html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no access token") << QByteArray(R"({"refresh_token":"rt"})");
}

void TestTokenResponse::malformed()
{
    QFETCH(QByteArray, body);
    const auto g = parseTokenResponse(body, Now);
    QVERIFY(!g.ok());
    QCOMPARE(g.error().code, QStringLiteral("concur.malformed"));
}

void TestTokenResponse::oauthError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("geolocation");
    QTest::newRow("108") << QByteArray(R"({"error":"invalid_grant","error_description":"bad or expired refresh token","code":108})")
                         << 108 << "invalid_grant" << "";
    QTest::newRow("16 with geolocation")
        << QByteArray(R"({"geolocation":"https://eu2.api.concursolutions.com","code":"16","error":"invalid_request"})")
        << 16 << "invalid_request" << "https://eu2.api.concursolutions.com";
    QTest::newRow("v4 body without code") << QByteArray(R"({"httpStatus":"401 - Unauthorized","errorId":"UNAUTHORIZED"})")
                                          << -1 << "" << "";
    QTest::newRow("not json") << QByteArray("oops") << -1 << "" << "";
}

void TestTokenResponse::oauthError()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, error);
    QFETCH(QString, geolocation);
    const OAuthError e = parseOAuthError(body);
    QCOMPARE(e.code, code);
    QCOMPARE(e.error, error);
    QCOMPARE(e.geolocation, geolocation);
}

void TestTokenResponse::companyTokenRoundTrip()
{
    CompanyToken t;
    t.refreshToken = QStringLiteral("a95caa0f-249a");
    t.geolocation = QUrl(QStringLiteral("https://eu2.api.concursolutions.com"));
    t.refreshExpiresAt = QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);
    t.refreshedAt = Now;
    const auto back = CompanyToken::fromJson(t.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->refreshToken, t.refreshToken);
    QCOMPARE(back->geolocation, t.geolocation);
    QCOMPARE(back->refreshExpiresAt, t.refreshExpiresAt);
    QCOMPARE(back->refreshedAt, t.refreshedAt);
    // One JSON value holds all three, so that one write persists a rotation atomically.
    const QByteArray json = t.toJson();
    QVERIFY(json.contains("\"refresh_token\""));
    QVERIFY(json.contains("\"geolocation\""));
    QVERIFY(json.contains("\"refresh_expires_at\""));
}

void TestTokenResponse::companyTokenRejectsForeignGeolocation()
{
    const auto t = CompanyToken::fromJson(R"({"refresh_token":"rt","geolocation":"https://evil.example.com"})");
    QVERIFY(!t.ok());
    QCOMPARE(t.error().code, QStringLiteral("concur.host_refused"));
}

void TestTokenResponse::companyTokenCorrupt()
{
    const QByteArray noRefreshToken = R"({"geolocation":"https://us2.api.concursolutions.com"})";
    QCOMPARE(CompanyToken::fromJson("not json").error().code, QStringLiteral("concur.token_corrupt"));
    QCOMPARE(CompanyToken::fromJson(noRefreshToken).error().code, QStringLiteral("concur.token_corrupt"));
}

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
