#pragma once
// A small bar chart of the documents posted per day (the Overview). Painted with QPainter; the
// numbers are also in the accessible description and the tooltip of each bar, for screen readers
// and exact reading.
#include <QDate>
#include <QList>
#include <QPair>
#include <QWidget>

namespace mlc::tray {

class PostedChart : public QWidget {
    Q_OBJECT
public:
    explicit PostedChart(QWidget *parent = nullptr);
    void setData(const QList<QPair<QDate, int>> &perDay);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect barRect(int index, int max) const;
    QRect plotArea() const;

    QList<QPair<QDate, int>> m_data;
};

} // namespace mlc::tray
