#include "firstrunassistant.h"

#include "connectionsections.h"
#include "models/serviceconnection.h"
#include "models/settingssnapshot.h"
#include "models/statedatabase.h"
#include "postingsection.h"
#include "schedulesection.h"
#include "settingsform.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizardPage>

namespace mlc::tray {

namespace {

// One step: a section of the Settings page; going on saves what was typed on this step.
class SectionPage : public QWizardPage {
public:
    SectionPage(const QString &title, const QString &subTitle, QWidget *section, SettingsForm *form,
                ServiceConnection *service)
        : m_section(section)
        , m_form(form)
        , m_service(service)
    {
        setTitle(title);
        setSubTitle(subTitle);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(section);
        layout->addStretch();
        m_error = new QLabel(this);
        m_error->setWordWrap(true);
        m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        layout->addWidget(m_error);
    }

    bool validatePage() override
    {
        m_form->setScope({m_section});
        if (!m_form->isDirty())
            return true;
        QList<SettingsForm::Failure> failures;
        QEventLoop wait;
        m_form->save(m_service, [&](const QList<SettingsForm::Failure> &f) {
            failures = f;
            wait.quit();
        });
        wait.exec();
        m_form->setScope({});
        if (failures.isEmpty()) {
            m_error->clear();
            return true;
        }
        QStringList lines;
        for (const auto &f : failures)
            lines << QCoreApplication::translate("mlc::tray::FirstRunAssistant", "%1: %2").arg(f.what, f.message);
        m_error->setText(lines.join(QLatin1Char('\n')));
        return false;
    }

private:
    QWidget *m_section;
    SettingsForm *m_form;
    ServiceConnection *m_service;
    QLabel *m_error;
};

} // namespace

FirstRunAssistant::FirstRunAssistant(StateDatabase *db, ServiceConnection *service, QWidget *parent)
    : QWizard(parent)
    , m_form(new SettingsForm(this))
{
    setObjectName(QStringLiteral("firstRunAssistant"));
    setWindowTitle(tr("Set up ml-connector"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CancelButton, tr("Set up &later"));

    auto *intro = new QWizardPage(this);
    intro->setTitle(tr("Welcome"));
    auto *introText = new QLabel(tr("ml-connector copies approved expense reports and invoices from SAP Concur into "
                                    "SAP Business One as journal entries. It changes nothing in Concur unless you choose "
                                    "to write back to Concur in the SAP Concur step.\n\n"
                                    "These steps connect it to both systems and decide how documents post. Each "
                                    "step is saved when you go on; everything can be changed later under Settings."),
                                 intro);
    introText->setWordWrap(true);
    auto *introLayout = new QVBoxLayout(intro);
    introLayout->addWidget(introText);
    addPage(intro);

    auto *b1 = new B1Section(m_form, service);
    addPage(new SectionPage(tr("SAP Business One"),
                            tr("Where the Service Layer runs and which user posts the journal entries. "
                               "After going on, come back and test the connection if you like."),
                            b1, m_form, service));
    auto *concur = new ConcurSection(m_form, service);
    addPage(new SectionPage(tr("SAP Concur"),
                            tr("The app's credentials from Concur, the company request token your Concur "
                               "administrator generated, and what ml-connector may write back to Concur."),
                            concur, m_form, service));
    addPage(new SectionPage(tr("Posting"), tr("The accounts and the posting date rules."),
                            new PostingSection(m_form), m_form, service));
    addPage(new SectionPage(tr("Schedule"), tr("When the connector looks for approved documents."),
                            new ScheduleSection(m_form), m_form, service));

    auto *done = new QWizardPage(this);
    done->setTitle(tr("Ready"));
    auto *doneText = new QLabel(tr("The settings are saved. The first sync runs on the schedule; use \"Run sync now\" "
                                   "on the Overview to start it at once. Documents that cannot be matched to a "
                                   "supplier, account or cost center wait in the review queue."),
                                done);
    doneText->setWordWrap(true);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(doneText);
    addPage(done);

    const auto snapshot = SettingsSnapshot::read(db->database());
    m_form->load(snapshot.ok() ? snapshot->values : QMap<QString, QString>{});
    m_form->fetchSecretsState(service, [concur] { concur->refreshSecrets(); });
    resize(760, 600);
}

} // namespace mlc::tray
