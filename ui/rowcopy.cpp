#include "ui/rowcopy.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace Ui {

RowCopy::RowCopy(QTableView *view)
    : QObject(view)
{
    auto *copy = new QAction(tr("Copy rows"), view);
    copy->setObjectName(QStringLiteral("copyRows"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [view] {
        const QString text = textOf(view);
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });
    view->addAction(copy);
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void RowCopy::attach(QTableView *view)
{
    new RowCopy(view);
}

QString RowCopy::textOf(const QTableView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model || !view->selectionModel())
        return {};
    QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end(), [view](const QModelIndex &a, const QModelIndex &b) {
        return view->verticalHeader()->visualIndex(a.row()) <
               view->verticalHeader()->visualIndex(b.row());
    });
    const QHeaderView *header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    const auto line = [&](const auto &cell) {
        QStringList cells;
        for (const int column : std::as_const(columns))
            cells.append(cell(column).simplified());
        return cells.join(QLatin1Char('\t'));
    };
    QStringList lines{line([model](int column) {
        return model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    })};
    for (const QModelIndex &row : std::as_const(rows))
        lines.append(line([model, &row](int column) {
            return model->index(row.row(), column, row.parent()).data(Qt::DisplayRole).toString();
        }));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Ui
