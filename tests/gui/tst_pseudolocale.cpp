// The pseudo-locale en_XA (every string bracketed and about 40% longer, generated from the
// translations at build time) in the real main window and the plan dialog: no label or button
// may show less than its whole text, and no column less than its title.
#include "models/migration/datapaths.h"
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"
#include "ui/languages.h"
#include "ui/mainwindow.h"
#include "ui/plandialog.h"
#include "ui/poolitem.h"
#include "ui/replicachip.h"
#include "ui/topologyscene.h"

#include <QAbstractButton>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

namespace {

constexpr int kSyncTimeoutMs = 15000;
using SeedNames::kVolume;

QString describe(const QWidget *widget, const QString &text, int needed, int available)
{
    return QStringLiteral("%1 \"%2\" (%3) needs %4 px, has %5")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text, widget->objectName())
        .arg(needed)
        .arg(available);
}

QString plainText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText ||
        (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text())))
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

// The visible labels and buttons under `root` whose text does not fit: wider than the label
// (or, for a word-wrapped label, taller than it), or a button narrower than its text needs.
// A widget nothing of which is on screen (the content of a dock behind another tab, which may
// be squeezed there) is not looked at.
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->width() <= 0 || widget->visibleRegion().isEmpty())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            const QString text = plainText(label);
            if (text.trimmed().isEmpty())
                continue;
            const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(),
                                                              -label->margin(), -label->margin());
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height())
                    clipped.append(describe(label, text, needed, label->height()));
                continue;
            }
            int needed = 0;
            for (const QString &line : text.split(QLatin1Char('\n')))
                needed = qMax(needed, label->fontMetrics().horizontalAdvance(line));
            if (needed > room.width())
                clipped.append(describe(label, text, needed, room.width()));
        } else if (auto *header = qobject_cast<QHeaderView *>(widget);
                   header && header->orientation() == Qt::Horizontal) {
            // A column narrower than its title (a last, stretched column is as wide as the
            // view allows).
            QAbstractItemModel *model = header->model();
            const int margin =
                header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int section = 0; model && section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString text = model->headerData(section, Qt::Horizontal).toString();
                const int needed = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
                if (needed > header->sectionSize(section))
                    clipped.append(describe(header, text, needed, header->sectionSize(section)));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            if (auto *tool = qobject_cast<QToolButton *>(button);
                tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                continue;
            const int needed = button->sizeHint().width();
            if (needed > button->width())
                clipped.append(describe(button, button->text(), needed, button->width()));
        }
    }
    return clipped;
}

} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyStringIsPseudoTranslated();
    void mainWindowAndPlanShowWholeTexts();
};

void TestPseudoLocale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QFile::remove(Migration::DataPaths::journal());
    QFile::remove(Migration::DataPaths::audit());
    QCOMPARE(Ui::Languages::install(QLatin1String(Ui::Languages::kPseudo)),
             QLatin1String(Ui::Languages::kPseudo));
}

void TestPseudoLocale::cleanupTestCase()
{
    Ui::Languages::install(QStringLiteral("en"));
    QSettings().clear();
}

void TestPseudoLocale::everyStringIsPseudoTranslated()
{
    // Bracketed, longer, with the placeholders and the plural count kept.
    const QString move = QCoreApplication::translate("Ui::MainWindow", "Move replica to…");
    QVERIFY2(move.startsWith(QLatin1Char('[')) && move.endsWith(QLatin1Char(']')),
             qPrintable(move));
    QVERIFY(move.size() >= int(QStringLiteral("Move replica to…").size() * 1.35));
    const QString pools = QCoreApplication::translate("Ui::MainWindow", "%n pool(s)", nullptr, 3);
    QVERIFY2(pools.startsWith(QStringLiteral("[3 pool(s)")), qPrintable(pools));
    QVERIFY2(QCoreApplication::translate("Ui::DetailsPanel", "Node %1")
                 .arg(QStringLiteral("n1"))
                 .contains(QStringLiteral("Node n1")),
             "placeholders are kept");
}

void TestPseudoLocale::mainWindowAndPlanShowWholeTexts()
{
    SimHarness sim;
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    Ui::MainWindow window;
    window.resize(1500, 950); // the size of the README's screenshot
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openKubeconfig(sim.kubeconfigPath());
    QTRY_VERIFY_WITH_TIMEOUT(window.isSynced(), kSyncTimeoutMs);
    QCOMPARE(window.page(), Ui::MainWindow::Page::Cluster);
    const QStringList inWindow = clippedTexts(&window);
    QVERIFY2(inWindow.isEmpty(), qPrintable(inWindow.join(QLatin1Char('\n'))));

    // The plan of moving the volume's replica off pool pn9p to the free pool of node 3.
    QString uid;
    for (Ui::ReplicaChip *chip : window.topologyScene()->chipsOfVolume(kVolume)) {
        if (static_cast<Ui::PoolItem *>(chip->parentItem())->name() ==
            QLatin1String("cspc-stripe-pool-pn9p"))
            uid = chip->uid();
    }
    QVERIFY(!uid.isEmpty());
    Ui::PlanDialog *plan = window.planMove(uid, QStringLiteral("cspc-stripe-pool-psz5"));
    QVERIFY(plan);
    QVERIFY(QTest::qWaitForWindowExposed(plan));
    QTRY_VERIFY_WITH_TIMEOUT(plan->canApply(), 10000); // the dry run's verdict is shown
    const QStringList inPlan = clippedTexts(plan);
    QVERIFY2(inPlan.isEmpty(), qPrintable(inPlan.join(QLatin1Char('\n'))));
    plan->reject();
}

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
