#include "ui/columnsizing.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace Ui {

void ColumnSizing::fit(QTableView *view,
                       std::initializer_list<std::pair<int, QLatin1String>> samples, int stretching)
{
    constexpr int kPadding = 16;
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics metrics(view->font());
    for (const auto &[column, sample] : samples) {
        header->resizeSection(column, std::max(header->sectionSizeHint(column),
                                               metrics.horizontalAdvance(sample) + kPadding));
    }
    // The last column stretches as Qt's last section does: never narrower than its default
    // size (the view scrolls instead). Any other stretches in Stretch mode.
    const bool last = header->visualIndex(stretching) == header->count() - 1;
    header->setStretchLastSection(last);
    if (!last)
        header->setSectionResizeMode(stretching, QHeaderView::Stretch);
}

} // namespace Ui
