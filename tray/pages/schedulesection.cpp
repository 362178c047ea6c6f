#include "schedulesection.h"

#include "models/schedulepreview.h"
#include "postingsection.h"
#include "settingsform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>

namespace mlc::tray {

ScheduleSection::ScheduleSection(SettingsForm *form, QWidget *parent)
    : QGroupBox(tr("Schedule"), parent)
{
    setObjectName(QStringLiteral("scheduleSection"));
    auto *layout = new QFormLayout(this);
    m_spec = new QLineEdit(this);
    m_spec->setObjectName(QStringLiteral("scheduleSpec"));
    m_spec->setAccessibleName(tr("Schedule"));
    m_spec->setPlaceholderText(tr("every 15m (the default)"));
    m_spec->setToolTip(tr("Examples: \"every 15m\", \"every 30m between 08:00-18:00 on mon-fri\", "
                          "\"weekdays at 18:00\", or a cron line such as \"0 18 * * 1-5\"."));
    form->bindLine(QStringLiteral("schedule/spec"), m_spec);
    m_zone = timeZoneCombo(this, tr("Schedule time zone"));
    m_zone->setObjectName(QStringLiteral("scheduleTimeZone"));
    form->bindCombo(QStringLiteral("schedule/timeZone"), m_zone);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("schedulePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addRow(tr("S&ync:"), m_spec);
    layout->addRow(tr("Time zo&ne:"), m_zone);
    layout->addRow(tr("Next runs:"), m_preview);
    connect(m_spec, &QLineEdit::textChanged, this, &ScheduleSection::updatePreview);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &ScheduleSection::updatePreview);
    connect(m_zone, &QComboBox::editTextChanged, this, &ScheduleSection::updatePreview);
    updatePreview();
}

void ScheduleSection::updatePreview()
{
    const int i = m_zone->findText(m_zone->currentText());
    const QString zone = i >= 0 ? m_zone->itemData(i).toString() : m_zone->currentText().trimmed();
    const SchedulePreview p = SchedulePreview::of(m_spec->text(), zone, QDateTime::currentDateTimeUtc());
    if (!p.error.isEmpty()) {
        m_preview->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_preview->setText(tr("Not a schedule: %1").arg(p.error));
        return;
    }
    m_preview->setStyleSheet(QString());
    if (p.runs.isEmpty()) {
        m_preview->setText(tr("This schedule never runs."));
        return;
    }
    const QLocale locale;
    const QTimeZone tz = zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toLatin1());
    QStringList lines;
    for (const QDateTime &run : p.runs) {
        const QDateTime local = tz.isValid() ? run.toTimeZone(tz) : run.toLocalTime();
        lines << locale.toString(local, QStringLiteral("ddd ")) + locale.toString(local, QLocale::ShortFormat);
    }
    QString text = lines.join(QLatin1Char('\n'));
    if (p.secondsInterval)
        text += QLatin1Char('\n') + tr("Runs every few seconds: meant for the sandbox and tests. Use minutes in production.");
    m_preview->setText(text);
}

} // namespace mlc::tray
