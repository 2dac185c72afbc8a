#include "ui/healthstyle.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Ui {

bool HealthStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor HealthStyle::color(Items::Health health, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (health) {
    case Items::Health::Ok:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2a, 0x72, 0x30);
    case Items::Health::Busy:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case Items::Health::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x5c, 0x00);
    case Items::Health::Error:
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc6, 0x28, 0x28);
    case Items::Health::Unknown:
        break;
    }
    return staleColor(palette);
}

QColor HealthStyle::tint(Items::Health health, const QPalette &palette, int alpha)
{
    QColor c = color(health, palette);
    c.setAlpha(alpha);
    return c;
}

QColor HealthStyle::staleColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x66, 0x66, 0x66);
}

double HealthStyle::contrastRatio(const QColor &a, const QColor &b)
{
    // WCAG 2: relative luminance of sRGB colours, (lighter + 0.05) / (darker + 0.05).
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor HealthStyle::textOn(const QColor &background)
{
    return contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background)
               ? QColor(Qt::black)
               : QColor(Qt::white);
}

QColor HealthStyle::over(const QColor &top, const QColor &below)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + below.redF() * (1 - a)),
                            float(top.greenF() * a + below.greenF() * (1 - a)),
                            float(top.blueF() * a + below.blueF() * (1 - a)));
}

QPalette HealthStyle::withReadableSelection(QPalette palette)
{
    constexpr double kReadable = 4.5;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = palette.color(group, QPalette::HighlightedText);
        QColor highlight = palette.color(group, QPalette::Highlight);
        if (contrastRatio(text, highlight) >= kReadable)
            continue;
        const bool lightText = contrastRatio(text, Qt::white) < contrastRatio(text, Qt::black);
        for (int step = 0; step < 30 && contrastRatio(text, highlight) < kReadable; ++step)
            highlight = lightText ? highlight.darker(110) : highlight.lighter(110);
        palette.setColor(group, QPalette::Highlight, highlight);
        if (contrastRatio(text, highlight) < kReadable) // black or white always reads
            palette.setColor(group, QPalette::HighlightedText, textOn(highlight));
    }
    return palette;
}

void HealthStyle::paintSymbol(QPainter *painter, const QRectF &rect, Items::Health health,
                              const QPalette &palette)
{
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF r(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QColor c = color(health, palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal pen = std::max(1.0, side / 8);
    switch (health) {
    case Items::Health::Ok:
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawEllipse(r.adjusted(1, 1, -1, -1));
        break;
    case Items::Health::Busy: {
        painter->setPen(QPen(c, pen));
        painter->setBrush(Qt::NoBrush);
        const QRectF ring = r.adjusted(pen, pen, -pen, -pen);
        painter->drawEllipse(ring);
        QPainterPath pie;
        pie.moveTo(ring.center());
        pie.arcTo(ring, 90, -270);
        pie.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawPath(pie);
        break;
    }
    case Items::Health::Warning: {
        QPolygonF triangle;
        triangle << QPointF(r.center().x(), r.top() + 0.5)
                 << QPointF(r.right() - 0.5, r.bottom() - 1)
                 << QPointF(r.left() + 0.5, r.bottom() - 1);
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawPolygon(triangle);
        painter->setPen(QPen(palette.color(QPalette::Base), std::max(1.0, side / 9)));
        const qreal x = r.center().x();
        painter->drawLine(QPointF(x, r.top() + side * 0.35), QPointF(x, r.top() + side * 0.62));
        painter->drawPoint(QPointF(x, r.top() + side * 0.76));
        break;
    }
    case Items::Health::Error: {
        const QRectF box = r.adjusted(1, 1, -1, -1);
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawRoundedRect(box, side / 6, side / 6);
        painter->setPen(QPen(palette.color(QPalette::Base), std::max(1.2, side / 7)));
        const QRectF inner = box.adjusted(side * 0.28, side * 0.28, -side * 0.28, -side * 0.28);
        painter->drawLine(inner.topLeft(), inner.bottomRight());
        painter->drawLine(inner.topRight(), inner.bottomLeft());
        break;
    }
    case Items::Health::Unknown:
        painter->setPen(QPen(c, pen, Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r.adjusted(pen, pen, -pen, -pen));
        break;
    }
    painter->restore();
}

} // namespace Ui
