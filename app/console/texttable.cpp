#include "app/console/texttable.h"

#include <algorithm>

namespace {
constexpr int kGap = 3;

// Terminal columns a code point takes: East Asian wide and fullwidth characters (CJK, kana,
// Hangul, fullwidth forms) take two, combining marks none, the rest one.
int columnsOf(char32_t c)
{
    if (QChar::category(c) == QChar::Mark_NonSpacing || QChar::category(c) == QChar::Mark_Enclosing)
        return 0;
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
                      (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
                      (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
                      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}
} // namespace

qsizetype TextTable::displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4())
        width += columnsOf(c);
    return width;
}

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
{
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::render(bool withHeaders) const
{
    QList<qsizetype> widths(m_headers.size(), 0);
    const auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(cells[i]));
    };
    measure(m_headers);
    for (const QStringList &row : m_rows)
        measure(row);

    QString text;
    const auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            if (i + 1 == widths.size())
                out += cell;
            else
                out += cell + QString(widths[i] + kGap - displayWidth(cell), QLatin1Char(' '));
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        text += out + QLatin1Char('\n');
    };
    if (withHeaders)
        line(m_headers);
    for (const QStringList &row : m_rows)
        line(row);
    return text;
}
