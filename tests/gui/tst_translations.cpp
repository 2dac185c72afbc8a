// Every translation of the console, loaded into the real main window on a simulated cluster:
// no visible text (labels, buttons, menus, table headers, tabs, dock titles, placeholders)
// may still be an English source string. Also the plural forms of German and English.
#include "models/migration/datapaths.h"
#include "tests/common/simharness.h"
#include "ui/connectionindicator.h"
#include "ui/languages.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QToolBar>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

constexpr int kSyncTimeoutMs = 15000;

// Texts a translation may rightly keep in English: the product name, the abbreviation I/O, and
// the cStor and Kubernetes terms operators use untranslated in that language.
QSet<QString> allowedFor(const QString &language)
{
    QSet<QString> allowed{QStringLiteral("cStor Console"), QStringLiteral("OK"),
                          QStringLiteral("I/O")};
    const QStringList perLanguage =
        language == QLatin1String("de")
            ? QStringList{QStringLiteral("Pool"),       QStringLiteral("Pools"),
                          QStringLiteral("Node"),       QStringLiteral("Nodes"),
                          QStringLiteral("Replica"),    QStringLiteral("Replicas"),
                          QStringLiteral("Volume"),     QStringLiteral("Volumes"),
                          QStringLiteral("Cluster"),    QStringLiteral("Namespace"),
                          QStringLiteral("Namespace:"), QStringLiteral("Snapshots"),
                          QStringLiteral("Status"),     QStringLiteral("Live"),
                          QStringLiteral("Details"),    QStringLiteral("Filter"),
                          QStringLiteral("Rate"),       QStringLiteral("Migration")}
        : language == QLatin1String("fr")
            ? QStringList{QStringLiteral("Pool"),       QStringLiteral("Pools"),
                          QStringLiteral("Volume"),     QStringLiteral("Volumes"),
                          QStringLiteral("Cluster"),    QStringLiteral("Snapshots"),
                          QStringLiteral("Migrations"), QStringLiteral("Action"),
                          QStringLiteral("Source"),     QStringLiteral("Message"),
                          QStringLiteral("Type"),       QStringLiteral("Migration"),
                          QStringLiteral("Actions"),    QStringLiteral("Tables")}
        : language == QLatin1String("es")
            ? QStringList{QStringLiteral("Pool"),       QStringLiteral("Pools"),
                          QStringLiteral("Snapshots"),  QStringLiteral("Namespace"),
                          QStringLiteral("Namespace:"), QStringLiteral("Error")}
            : QStringList{QStringLiteral("Pool"), QStringLiteral("Pools"),
                          QStringLiteral("Snapshots")};
    for (const QString &text : perLanguage)
        allowed.insert(text);
    return allowed;
}

QString withoutAccelerator(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("&(?=[^&])")), QString());
    return text.replace(QStringLiteral("&&"), QStringLiteral("&"));
}

QRegularExpression patternOf(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QStringList parts = withoutAccelerator(text).split(placeholder);
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    return QRegularExpression(QStringLiteral("\\A") + parts.join(QStringLiteral(".+")) +
                                  QStringLiteral("\\z"),
                              QRegularExpression::DotMatchesEverythingOption);
}

// The English source strings of a .ts file (exact texts, and patterns for those with
// placeholders such as "Pool %1 on %2"), and the patterns of its translations.
struct Catalog
{
    QSet<QString> sources;
    QList<QRegularExpression> sourcePatterns;
    QList<QRegularExpression> translationPatterns;
    int finished = 0; // translated texts (each plural form counts)

    bool load(const QString &tsFile)
    {
        QFile file(tsFile);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        QXmlStreamReader xml(&file);
        bool numerus = false;
        bool unfinished = false;
        const auto addTranslation = [this](const QString &text) {
            if (text.isEmpty())
                return;
            ++finished;
            if (text.contains(placeholder))
                translationPatterns.append(patternOf(text));
        };
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                continue;
            }
            if (xml.name() == QLatin1String("translation")) {
                unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                // The forms of a plural follow as numerusform elements.
                if (!numerus && !unfinished)
                    addTranslation(xml.readElementText());
                continue;
            }
            if (xml.name() == QLatin1String("numerusform")) {
                if (!unfinished)
                    addTranslation(xml.readElementText());
                continue;
            }
            if (xml.name() != QLatin1String("source"))
                continue;
            const QString source = xml.readElementText();
            sources.insert(withoutAccelerator(source));
            if (!source.contains(placeholder))
                continue;
            // Only sources with words of their own: "%1 (%2)" says nothing about the language.
            QString literal = source;
            literal.remove(placeholder).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
            if (literal.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) >= 4)
                sourcePatterns.append(patternOf(source));
        }
        return !xml.hasError() && !sources.isEmpty();
    }

    static bool matchesAny(const QList<QRegularExpression> &patterns, const QString &text)
    {
        return std::any_of(
            patterns.cbegin(), patterns.cend(),
            [&text](const QRegularExpression &p) { return p.match(text).hasMatch(); });
    }

    // Whether `text` is an English source string, or one filled in, that no translation of
    // this language reads the same as.
    bool isEnglish(const QString &text) const
    {
        const QString plain = withoutAccelerator(text).trimmed();
        if (sources.contains(plain))
            return true;
        return matchesAny(sourcePatterns, plain) && !matchesAny(translationPatterns, plain);
    }
};

void addMenuTexts(const QList<QAction *> &actions, QStringList *texts)
{
    for (QAction *action : actions) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        if (!action->text().isEmpty())
            texts->append(action->text());
        if (QMenu *menu = action->menu())
            addMenuTexts(menu->actions(), texts);
    }
}

// Every text the operator sees in the window: what its visible widgets show, the menus,
// table headers, tab texts and dock titles.
QStringList visibleTexts(QMainWindow *window)
{
    QStringList texts{window->windowTitle()};
    addMenuTexts(window->menuBar()->actions(), &texts);
    texts.append(window->statusBar()->currentMessage());
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts.append(edit->placeholderText());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts.append(box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        } else if (auto *dock = qobject_cast<QDockWidget *>(widget)) {
            texts.append(dock->windowTitle());
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            QAbstractItemModel *model = view->model();
            auto *header = view->findChild<QHeaderView *>();
            for (int column = 0; model && column < model->columnCount(); ++column) {
                if (header && header->orientation() == Qt::Horizontal &&
                    header->isSectionHidden(column))
                    continue;
                texts.append(model->headerData(column, Qt::Horizontal).toString());
            }
        }
        if (auto *toolBar = qobject_cast<QToolBar *>(widget))
            addMenuTexts(toolBar->actions(), &texts);
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void mainWindowIsTranslated_data();
    void mainWindowIsTranslated();
    void germanPluralForms();
    void englishPluralForms_data();
    void englishPluralForms();

private:
    QString m_sourceDir;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QFile::remove(Migration::DataPaths::journal());
    QFile::remove(Migration::DataPaths::audit());
    const QString sourceDir = qEnvironmentVariable("CSTOR_SOURCE_DIR");
    QVERIFY2(!sourceDir.isEmpty(), "CSTOR_SOURCE_DIR names the source tree (ctest sets it)");
    m_sourceDir = sourceDir;
}

void TestTranslations::cleanup()
{
    Ui::Languages::install(QStringLiteral("en"));
    QSettings().clear();
}

void TestTranslations::mainWindowIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const Ui::Languages::Language &language : Ui::Languages::available())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void TestTranslations::mainWindowIsTranslated()
{
    QFETCH(QString, language);
    QCOMPARE(Ui::Languages::install(language), language);
    Catalog catalog;
    QVERIFY(catalog.load(m_sourceDir +
                         QStringLiteral("/translations/cstor-console_%1.ts").arg(language)));
    // A language whose file holds no translation at all is still to be written.
    if (catalog.finished == 0)
        QSKIP("no message of this language is translated yet");

    SimHarness sim;
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    Ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openKubeconfig(sim.kubeconfigPath());
    QTRY_VERIFY_WITH_TIMEOUT(window.isSynced(), kSyncTimeoutMs);
    QCOMPARE(window.page(), Ui::MainWindow::Page::Cluster);

    QStringList texts = visibleTexts(&window);
    texts.append(window.connectionIndicator()->text());
    QVERIFY2(texts.size() > 40, qPrintable(texts.join(QLatin1Char('|'))));
    const QSet<QString> allowed = allowedFor(language);
    QStringList english;
    for (const QString &text : texts) {
        const QString plain = withoutAccelerator(text).trimmed();
        if (plain.contains(QRegularExpression(QStringLiteral("\\p{L}"))) &&
            !allowed.contains(plain) && catalog.isEnglish(text))
            english.append(text);
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(),
             qPrintable(QStringLiteral("untranslated in %1: %2")
                            .arg(language, english.join(QStringLiteral(" | ")))));
}

void TestTranslations::germanPluralForms()
{
    QCOMPARE(Ui::Languages::install(QStringLiteral("de")), QStringLiteral("de"));
    const char *context = "Ui::MainWindow";
    QCOMPARE(QCoreApplication::translate(context, "%n replica(s)", nullptr, 1),
             QStringLiteral("1 Replica"));
    QCOMPARE(QCoreApplication::translate(context, "%n replica(s)", nullptr, 2),
             QStringLiteral("2 Replicas"));
    QCOMPARE(QCoreApplication::translate(context, "%n stale node(s)", nullptr, 1),
             QStringLiteral("1 veralteter Node"));
    QCOMPARE(QCoreApplication::translate(context, "%n stale node(s)", nullptr, 2),
             QStringLiteral("2 veraltete Nodes"));
    // Qt's own strings for the standard dialogs come in the same language.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TestTranslations::englishPluralForms_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("en_US") << QStringLiteral("en_US");
    QTest::newRow("C") << QStringLiteral("C");
    QTest::newRow("no translation") << QStringLiteral("pt_BR");
}

void TestTranslations::englishPluralForms()
{
    // English, and any language without a translation, shows the source strings with their
    // plurals resolved.
    QFETCH(QString, code);
    QCOMPARE(Ui::Languages::install(code), QString());
    const char *context = "Ui::MainWindow";
    QCOMPARE(QCoreApplication::translate(context, "%n replica(s)", nullptr, 1),
             QStringLiteral("1 replica"));
    QCOMPARE(QCoreApplication::translate(context, "%n replica(s)", nullptr, 2),
             QStringLiteral("2 replicas"));
    QCOMPARE(
        QCoreApplication::translate("Items::ReadOnlyDays", "in ~%n day(s) (%1–%2)", nullptr, 17),
        QStringLiteral("in ~17 days (%1–%2)"));
    QCOMPARE(QCoreApplication::translate(
                 "ForecastVerb",
                 "warning: %n pool(s) reach their read-only threshold within %1 days: %2", nullptr,
                 1),
             QStringLiteral("warning: 1 pool reaches its read-only threshold within %1 days: %2"));
    // Messages without a number stay the source.
    QCOMPARE(QCoreApplication::translate(context, "Move replica to…"),
             QStringLiteral("Move replica to…"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
