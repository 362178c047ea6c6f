#include "postedchart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace mlc::tray {

PostedChart::PostedChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("postedChart"));
    setAccessibleName(tr("Documents posted per day"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize PostedChart::sizeHint() const
{
    return {420, fontMetrics().height() * 2 + 90};
}

QSize PostedChart::minimumSizeHint() const
{
    return {240, fontMetrics().height() * 2 + 60};
}

void PostedChart::setData(const QList<QPair<QDate, int>> &perDay)
{
    m_data = perDay;
    const QLocale locale;
    QStringList parts;
    for (const auto &[day, n] : perDay)
        parts << tr("%1: %2").arg(locale.toString(day, QLocale::ShortFormat), locale.toString(n));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
    update();
}

QRect PostedChart::plotArea() const
{
    const int fh = fontMetrics().height();
    return rect().adjusted(4, fh + 4, -4, -(fh + 6));
}

QRect PostedChart::barRect(int index, int max) const
{
    const QRect area = plotArea();
    const int n = int(m_data.size());
    if (n == 0 || max <= 0)
        return {};
    const double slot = double(area.width()) / n;
    const int gap = qMax(2, int(slot / 5));
    const int h = int(double(area.height()) * m_data.at(index).second / max);
    const int x = area.left() + int(slot * index) + gap / 2;
    return QRect(x, area.bottom() - h + 1, qMax(1, int(slot) - gap), h);
}

void PostedChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QLocale locale;
    const QRect area = plotArea();
    int max = 0;
    for (const auto &d : std::as_const(m_data))
        max = qMax(max, d.second);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(area.bottomLeft() + QPoint(0, 1), area.bottomRight() + QPoint(0, 1));
    const QColor bar = palette().color(QPalette::Highlight);
    const QColor today = bar.darker(125);
    const int fh = fontMetrics().height();
    for (int i = 0; i < m_data.size(); ++i) {
        const QRect r = barRect(i, max);
        if (!r.isEmpty())
            p.fillRect(r, i == m_data.size() - 1 ? today : bar);
        const QRect slot(barRect(i, 1).left() - 2, 0, barRect(i, 1).width() + 4, height());
        p.setPen(palette().color(QPalette::WindowText));
        if (m_data.at(i).second > 0) {
            // The count above its bar.
            p.drawText(QRect(slot.left(), r.top() - fh - 1, slot.width(), fh), Qt::AlignHCenter | Qt::AlignBottom,
                       locale.toString(m_data.at(i).second));
        }
        // Every other day's date under the bars, and always today's.
        if (i % 2 == (m_data.size() - 1) % 2) {
            const QString label = QString::number(m_data.at(i).first.day());
            p.drawText(QRect(slot.left() - 6, area.bottom() + 4, slot.width() + 12, fh), Qt::AlignHCenter | Qt::AlignTop,
                       label);
        }
    }
    if (max == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter, tr("Nothing posted in the last %n day(s).", nullptr, int(m_data.size())));
    }
}

bool PostedChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QLocale locale;
        for (int i = 0; i < m_data.size(); ++i) {
            const QRect slot = barRect(i, 1);
            if (help->pos().x() >= slot.left() - 2 && help->pos().x() <= slot.right() + 2) {
                QToolTip::showText(help->globalPos(),
                                   tr("%1: %n document(s) posted", nullptr, m_data.at(i).second)
                                       .arg(locale.toString(m_data.at(i).first, QLocale::LongFormat)),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace mlc::tray
