// No text in a table out of reach, in the real main window on the simulated cluster: a cell its
// column cuts shows its whole text as a tooltip (and one that fits shows none), and Ctrl+C copies
// the selected rows with the column titles, tab-separated, in the order shown.
#include "models/items/clustermodel.h"
#include "models/items/poolmodel.h"
#include "tests/common/mainwindowtestbase.h"
#include "ui/mainwindow.h"
#include "ui/progressdelegate.h"
#include "ui/rowcopy.h"
#include "ui/tablepanel.h"

#include <QAction>
#include <QClipboard>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;

class TestTableText
    : public QObject
    , public MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(); }
    void init() { startSimAndWindow(); }
    void cleanup() { stopWindowAndSim(); }

    void cutCellShowsItsWholeText();
    void ctrlCCopiesTheSelectedRows();
    void fullColumnKeepsItsTextOffTheBar();

private:
    QTableView *poolView() const
    {
        return m_window->findChild<Ui::TablePanel *>(u"poolTable"_s)->view();
    }
    // The tooltip asked for over the middle of `index`: its text, "" when none shows.
    QString toolTipAt(QTableView *view, const QModelIndex &index)
    {
        const QPoint at = view->visualRect(index).center();
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(view->viewport(), &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    }
};

void TestTableText::cutCellShowsItsWholeText()
{
    openSeed();
    QTableView *view = poolView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const QModelIndex name = view->model()->index(0, 0);
    const QString full = name.data().toString();
    QVERIFY(full.startsWith(u"cspc-stripe-pool-"_s));

    view->horizontalHeader()->resizeSection(0, 300);
    QTRY_VERIFY(toolTipAt(view, name).isEmpty()); // it fits: no tooltip
    view->horizontalHeader()->resizeSection(0, 60);
    QCOMPARE(toolTipAt(view, name), full);
}

void TestTableText::ctrlCCopiesTheSelectedRows()
{
    openSeed();
    QTableView *view = poolView();
    QTRY_VERIFY(view->model()->rowCount() >= 2);
    view->selectRow(1);
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString text = QGuiApplication::clipboard()->text();
    QCOMPARE(text, Ui::RowCopy::textOf(view));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList titles = lines.first().split(u'\t');
    QCOMPARE(titles.value(0), view->model()->headerData(0, Qt::Horizontal).toString());
    const QStringList cells = lines.last().split(u'\t');
    QCOMPARE(cells.size(), titles.size());
    QCOMPARE(cells.value(0), view->model()->index(1, 0).data().toString());
    QCOMPARE(cells.value(1), view->model()->index(1, 1).data().toString()); // the node
}

void TestTableText::fullColumnKeepsItsTextOffTheBar()
{
    openSeed();
    QTableView *view = poolView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const int column = Items::PoolModel::UsedPercent;
    auto *delegate = qobject_cast<Ui::ProgressDelegate *>(view->itemDelegateForColumn(column));
    QVERIFY(delegate);
    const QModelIndex index = view->model()->index(0, column);
    const QString text = index.data().toString();
    QVERIFY(text.endsWith(u'%'));
    const QFontMetrics metrics = view->fontMetrics();
    // At the column's width as the window opens it: a bar and, beside it, the whole text.
    QRect cell = view->visualRect(index);
    Ui::ProgressDelegate::Parts parts = Ui::ProgressDelegate::partsOf(cell, metrics, text);
    QVERIFY(!parts.bar.isEmpty());
    QVERIFY(!parts.bar.intersects(parts.text));
    QVERIFY(cell.contains(parts.bar) && cell.contains(parts.text));
    QVERIFY(metrics.horizontalAdvance(text) <= parts.text.width());
    QVERIFY(metrics.horizontalAdvance(u"100 %"_s) <= parts.text.width());
    // Narrowed to its text: no bar rather than one under the text.
    cell.setWidth(metrics.horizontalAdvance(u"100 %"_s) + 12);
    parts = Ui::ProgressDelegate::partsOf(cell, metrics, text);
    QVERIFY(parts.bar.isEmpty());
    QVERIFY(metrics.horizontalAdvance(text) <= parts.text.width());
}

QTEST_MAIN(TestTableText)
#include "tst_tabletext.moc"
