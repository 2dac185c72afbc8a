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
    header->setStretchLastSection(false);
    const QFontMetrics metrics(view->font());
    for (const auto &[column, sample] : samples) {
        header->resizeSection(column, std::max(header->sectionSizeHint(column),
                                               metrics.horizontalAdvance(sample) + kPadding));
    }
    header->setSectionResizeMode(stretching, QHeaderView::Stretch);
}

} // namespace Ui
