#pragma once

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QString>

namespace Cstor {
struct VolumeReplica;
}

namespace Ui {

class TopologyScene;
class PoolItem;

// One replica on its pool: volume name, phase text and a symbol in the phase's colour (so the
// phase never relies on colour alone); rebuilding replicas fill up with their estimated
// progress; stale ones are grey with a dashed outline.
class ReplicaChip : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    static constexpr qreal kWidth = 134;
    static constexpr qreal kHeight = 34;
    static constexpr qreal kSpacing = 4;

    ReplicaChip(TopologyScene *scene, const QString &uid, const QString &volume, PoolItem *pool);

    QString uid() const { return m_uid; }
    QString volume() const { return m_volume; }
    const Cstor::VolumeReplica *replica() const;
    QString phaseText() const;
    bool isHighlighted() const;
    bool isStale() const;
    // The chip's second line in `width`: the phase, the estimate and "stale" when they fit, else
    // the shortest form that still says the most (the estimate before the phase's words, which
    // the symbol, the tooltip and the details dock carry); elided only when nothing fits.
    static QString phaseLine(const QString &phase, double fraction, bool stale,
                             const QFontMetricsF &metrics, qreal width);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    TopologyScene *m_scene;
    QString m_uid;
    QString m_volume;
};

} // namespace Ui
