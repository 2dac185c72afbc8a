#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Columns aligned as kubectl prints them: upper-case headers, cells padded to the widest one,
// three spaces between columns, nothing after the last.
class TextTable
{
public:
    explicit TextTable(const QStringList &headers);

    void addRow(const QStringList &cells);
    int rowCount() const { return int(m_rows.size()); }
    // One line per row, each ending in a newline; the title row first unless `withHeaders` is
    // false (kubectl's --no-headers).
    QString render(bool withHeaders = true) const;

    // The terminal columns a text takes: Chinese, Japanese and Korean characters take two.
    static qsizetype displayWidth(const QString &text);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};
