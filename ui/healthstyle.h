#pragma once

#include "models/items/health.h"

#include <QColor>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace Ui {

// How health looks everywhere in the window: a colour that works on the current palette (light
// or dark; at least 4.5:1 against its window and base colours, so that it also serves as text
// colour) and a shape, so that nothing depends on colour alone; text always goes with them.
//   Ok: filled circle   Busy: circle with a quarter cut   Warning: triangle
//   Error: square with a cross   Unknown/stale: hollow circle
class HealthStyle
{
public:
    static bool isDark(const QPalette &palette);
    static QColor color(Items::Health health, const QPalette &palette);
    // A faint tint of the colour for backgrounds.
    static QColor tint(Items::Health health, const QPalette &palette, int alpha = 40);
    static void paintSymbol(QPainter *painter, const QRectF &rect, Items::Health health,
                            const QPalette &palette);
    // The colour of "stale": greyed out.
    static QColor staleColor(const QPalette &palette);
    // The WCAG contrast ratio of two colours (1 to 21; text wants at least 4.5).
    static double contrastRatio(const QColor &a, const QColor &b);
    // Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor &background);
    // `top` (with its alpha) painted over the opaque `below`: the colour the eye sees.
    static QColor over(const QColor &top, const QColor &below);
    // `palette` with selected text at least 4.5:1 on the selection (Fusion's default blue gives
    // 3.7:1 with white): the highlight is darkened under light text, lightened under dark text.
    static QPalette withReadableSelection(QPalette palette);
};

} // namespace Ui
