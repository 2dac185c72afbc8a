#pragma once

#include <QLatin1String>

#include <initializer_list>
#include <utility>

class QTableView;

namespace Ui {

// Initial column widths from what a column typically holds: each column as wide as its sample
// text (and its header), one column stretching over what is left (the last one never narrower
// than Qt's default section size: the view scrolls instead). Qt's defaults give every
// column the same width and the rest to the last one, truncating short names and long text.
class ColumnSizing
{
public:
    static void fit(QTableView *view, std::initializer_list<std::pair<int, QLatin1String>> samples,
                    int stretching);
};

} // namespace Ui
