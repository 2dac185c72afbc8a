#pragma once

#include <QList>
#include <QPointF>

namespace Ui {

// Thins a line (points in rising x) to at most two points per pixel column across its x range:
// the lowest and the highest point of each column, in x order, and always the last point. The
// line drawn looks the same, and a chart of hours of samples costs a bounded number of points.
QList<QPointF> decimatePoints(const QList<QPointF> &points, int columns);

} // namespace Ui
