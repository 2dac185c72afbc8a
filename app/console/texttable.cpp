#include "app/console/texttable.h"

#include <algorithm>

namespace {
constexpr int kGap = 3;
}

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
{
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::render() const
{
    QList<qsizetype> widths(m_headers.size(), 0);
    const auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cells[i].size());
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
                out += cell.leftJustified(widths[i] + kGap, QLatin1Char(' '));
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        text += out + QLatin1Char('\n');
    };
    line(m_headers);
    for (const QStringList &row : m_rows)
        line(row);
    return text;
}
