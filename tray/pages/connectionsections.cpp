#include "connectionsections.h"

#include "models/serviceconnection.h"
#include "models/writebacklevels.h"
#include "settingsform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace mlc::tray {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName, const QString &placeholder = {})
{
    auto *e = new QLineEdit(parent);
    e->setAccessibleName(accessibleName);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(true);
    return e;
}

} // namespace

QString formatFingerprint(const QString &hex)
{
    QString clean = hex;
    clean.remove(QRegularExpression(QStringLiteral("[^0-9A-Fa-f]")));
    QStringList pairs;
    for (int i = 0; i + 1 < clean.size(); i += 2)
        pairs << clean.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}

ConnectionSection::ConnectionSection(const QString &title, const QString &system, SettingsForm *form,
                                     ServiceConnection *service, QWidget *parent)
    : QGroupBox(title, parent)
    , m_form(form)
    , m_service(service)
    , m_system(system)
{
    connect(form, &SettingsForm::dirtyChanged, this, &ConnectionSection::updateActions);
    connect(service, &ServiceConnection::stateChanged, this, &ConnectionSection::updateActions);
}

void ConnectionSection::addTestRow(QFormLayout *layout)
{
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(m_system + QStringLiteral("Test"));
    m_result = new QLabel(this);
    m_result->setObjectName(m_system + QStringLiteral("TestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_test);
    row->addWidget(m_result, 1);
    layout->addRow(QString(), row);
    connect(m_test, &QPushButton::clicked, this, &ConnectionSection::test);
    updateActions();
}

void ConnectionSection::updateActions()
{
    if (!m_test)
        return;
    const bool online = m_service->isConnected();
    const bool dirty = m_form->isDirty();
    m_test->setEnabled(online && !dirty);
    m_test->setToolTip(!online ? m_service->offlineReason()
                       : dirty ? tr("Save your changes first: the test uses the saved settings.")
                               : tr("The service connects with the saved settings and reports what it found."));
}

void ConnectionSection::setResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
    m_result->setAccessibleDescription(text);
}

void ConnectionSection::test()
{
    m_test->setEnabled(false);
    setResult(tr("Testing…"), true);
    m_service->call(QStringLiteral("testConnections"), {}, this, [this](const Result<QJsonObject> &r) {
        updateActions();
        if (!r.ok()) {
            setResult(r.error().message, false);
            return;
        }
        showResult(r.value().value(m_system).toObject());
    }, 120000);
}

ConcurSection::ConcurSection(SettingsForm *form, ServiceConnection *service, QWidget *parent)
    : ConnectionSection(tr("SAP Concur"), QStringLiteral("concur"), form, service, parent)
{
    setObjectName(QStringLiteral("concurSection"));
    auto *layout = new QFormLayout(this);
    auto *base = new QComboBox(this);
    base->setEditable(true);
    base->setAccessibleName(tr("Concur address"));
    base->setObjectName(QStringLiteral("concurBaseUrl"));
    // The bootstrap host; the token's geolocation decides where later calls go.
    base->addItem(tr("Global (recommended) – glz.api.concursolutions.com"), QStringLiteral("https://glz.api.concursolutions.com"));
    base->addItem(tr("North America – us2.api.concursolutions.com"), QStringLiteral("https://us2.api.concursolutions.com"));
    base->addItem(tr("Europe – eu2.api.concursolutions.com"), QStringLiteral("https://eu2.api.concursolutions.com"));
    base->addItem(tr("Asia Pacific – apj1.api.concursolutions.com"), QStringLiteral("https://apj1.api.concursolutions.com"));
    form->bindCombo(QStringLiteral("concur/baseUrl"), base);
    auto *clientId = lineEdit(this, tr("Client ID"));
    clientId->setObjectName(QStringLiteral("concurClientId"));
    form->bindLine(QStringLiteral("concur/clientId"), clientId);
    auto *company = lineEdit(this, tr("Company ID"), tr("the company UUID from Concur"));
    form->bindLine(QStringLiteral("concur/companyUuid"), company);
    auto *secret = lineEdit(this, tr("Client secret"));
    secret->setObjectName(QStringLiteral("concurClientSecret"));
    form->bindSecret(QStringLiteral("concur-client-secret"), secret);
    auto *token = m_requestToken = lineEdit(this, tr("Company request token"));
    token->setObjectName(QStringLiteral("concurRequestToken"));
    form->bindSecret(QStringLiteral("concur-request-token"), token);
    m_onboarding = new QLabel(this);
    m_onboarding->setWordWrap(true);

    // What ml-connector may write back to Concur (issue #10; administrators only, like the rest of
    // this section). Each level says in one sentence what it sends, under the list and on each item.
    m_writeBack = new QComboBox(this);
    m_writeBack->setObjectName(QStringLiteral("concurWriteBack"));
    m_writeBack->setAccessibleName(tr("Write-back to Concur"));
    for (const QString &level : WriteBackLevels::levels()) {
        m_writeBack->addItem(WriteBackLevels::label(level), level);
        m_writeBack->setItemData(m_writeBack->count() - 1, WriteBackLevels::description(level), Qt::ToolTipRole);
    }
    form->bindCombo(QLatin1String(WriteBackLevels::SettingKey), m_writeBack, QLatin1String(WriteBackLevels::Off));
    m_writeBackDescription = new QLabel(this);
    m_writeBackDescription->setObjectName(QStringLiteral("concurWriteBackDescription"));
    m_writeBackDescription->setWordWrap(true);
    m_writeBackDescription->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *writeBackLabel = new QLabel(tr("Write-back t&o Concur:"), this);
    writeBackLabel->setBuddy(m_writeBack);
    auto *writeBackField = new QVBoxLayout;
    writeBackField->addWidget(m_writeBack);
    writeBackField->addWidget(m_writeBackDescription);
    connect(m_writeBack, &QComboBox::currentIndexChanged, this, &ConcurSection::updateWriteBackDescription);

    layout->addRow(tr("Concur &address:"), base);
    layout->addRow(tr("C&lient ID:"), clientId);
    layout->addRow(tr("Compan&y ID:"), company);
    layout->addRow(tr("Client s&ecret:"), secret);
    layout->addRow(tr("Company re&quest token:"), token);
    layout->addRow(tr("Connection:"), m_onboarding);
    addTestRow(layout);
    layout->addRow(writeBackLabel, writeBackField);
    updateWriteBackDescription();
    refreshSecrets();
}

void ConcurSection::updateWriteBackDescription()
{
    const QString level = m_writeBack->currentData().toString();
    const QString text = WriteBackLevels::description(level);
    m_writeBackDescription->setText(text);
    m_writeBack->setAccessibleDescription(text);
}

void ConcurSection::refreshSecrets()
{
    const bool onboarded = m_form->secretIsSet(QStringLiteral("concur-company-token"));
    m_onboarding->setText(onboarded ? tr("Connected to the company (the request token has been exchanged).")
                                    : tr("Not connected yet: the service exchanges the request token at its first sync or test."));
    // The one-time request token is spent once the company is connected; a new one reconnects.
    if (onboarded && !m_form->secretIsSet(QStringLiteral("concur-request-token")))
        m_requestToken->setPlaceholderText(tr("not needed now; a new token connects the company again"));
}

void ConcurSection::showResult(const QJsonObject &result)
{
    if (result.value(QLatin1String("ok")).toBool()) {
        const QJsonObject info = result.value(QLatin1String("info")).toObject();
        setResult(tr("Connected to %1. %n expense report(s) are ready to read.", nullptr,
                     info.value(QLatin1String("readyExpenseReports")).toInt())
                      .arg(info.value(QLatin1String("geolocation")).toString()),
                  true);
        m_form->setSecretsState([this] {
            QMap<QString, bool> s;
            for (const QString &n : {QStringLiteral("concur-client-secret"), QStringLiteral("concur-request-token"),
                                     QStringLiteral("b1-password")})
                s.insert(n, m_form->secretIsSet(n));
            s.insert(QStringLiteral("concur-company-token"), true);
            return s;
        }());
        refreshSecrets();
    } else {
        setResult(result.value(QLatin1String("message")).toString(), false);
    }
}

B1Section::B1Section(SettingsForm *form, ServiceConnection *service, QWidget *parent)
    : ConnectionSection(tr("SAP Business One"), QStringLiteral("b1"), form, service, parent)
{
    setObjectName(QStringLiteral("b1Section"));
    auto *layout = new QFormLayout(this);
    auto *root = lineEdit(this, tr("Service Layer address"), QStringLiteral("https://b1server:50000/b1s/v1"));
    root->setObjectName(QStringLiteral("b1ServiceRoot"));
    form->bindLine(QStringLiteral("b1/serviceRoot"), root);
    auto *companyDb = lineEdit(this, tr("Company database"), tr("e.g. SBODEMOUS"));
    companyDb->setObjectName(QStringLiteral("b1CompanyDb"));
    form->bindLine(QStringLiteral("b1/companyDb"), companyDb);
    auto *user = lineEdit(this, tr("User name"), tr("a Service Layer user, e.g. manager"));
    user->setObjectName(QStringLiteral("b1UserName"));
    form->bindLine(QStringLiteral("b1/userName"), user);
    auto *password = lineEdit(this, tr("Password"));
    password->setObjectName(QStringLiteral("b1Password"));
    form->bindSecret(QStringLiteral("b1-password"), password);
    m_pin = lineEdit(this, tr("Trusted certificate fingerprint (SHA-256)"),
                     tr("none: the certificate must come from a trusted authority"));
    m_pin->setObjectName(QStringLiteral("b1PinnedSha256"));
    form->bindLine(QStringLiteral("b1/pinnedSha256"), m_pin);
    m_presented = new QLabel(this);
    m_presented->setWordWrap(true);
    m_presented->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_presented->setObjectName(QStringLiteral("b1PresentedCertificate"));
    m_presented->hide();
    m_trust = new QPushButton(tr("T&rust this certificate"), this);
    m_trust->setObjectName(QStringLiteral("b1TrustCertificate"));
    m_trust->hide();

    layout->addRow(tr("Service &Layer address:"), root);
    layout->addRow(tr("Company &database:"), companyDb);
    layout->addRow(tr("&User name:"), user);
    layout->addRow(tr("Pass&word:"), password);
    layout->addRow(tr("Certificate (S&HA-256):"), m_pin);
    layout->addRow(QString(), m_presented);
    layout->addRow(QString(), m_trust);
    addTestRow(layout);

    connect(m_trust, &QPushButton::clicked, this, [this] {
        m_pin->setText(formatFingerprint(m_presentedFingerprint));
        m_trust->hide();
        m_presented->setText(tr("Save to trust this certificate, then test again."));
    });
}

void B1Section::showResult(const QJsonObject &result)
{
    m_presented->hide();
    m_trust->hide();
    if (result.value(QLatin1String("ok")).toBool()) {
        const QJsonObject info = result.value(QLatin1String("info")).toObject();
        setResult(tr("Connected to company %1 (Service Layer %2).")
                      .arg(info.value(QLatin1String("companyDb")).toString(), info.value(QLatin1String("version")).toString()),
                  true);
        return;
    }
    setResult(result.value(QLatin1String("message")).toString(), false);
    // A certificate no authority vouches for: show what the server presented, so that the admin
    // compares it with the one on the B1 server and trusts exactly that certificate.
    const QRegularExpression sha(QStringLiteral("sha256=([0-9a-fA-F]{64})"));
    const auto match = sha.match(result.value(QLatin1String("detail")).toString());
    if (!match.hasMatch())
        return;
    m_presentedFingerprint = match.captured(1);
    m_presented->setText(tr("The server presented a certificate with the SHA-256 fingerprint\n%1\n"
                            "Compare it with the certificate on the SAP Business One server before you trust it.")
                             .arg(formatFingerprint(m_presentedFingerprint)));
    m_presented->show();
    m_trust->setVisible(m_form->isEditable());
}

} // namespace mlc::tray
