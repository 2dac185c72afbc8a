#include "ui/languages.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguages, "cstor.ui.languages", QtInfoMsg)

namespace Ui {

namespace {

const QString kDirectory = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("cstor-console");
const QString kSettingKey = QStringLiteral("language");
// English, the source language, is translated only for its plurals ("%n day(s)" reads "1 day",
// "17 days"): shown whenever no other translation is.
const QString kEnglish = QStringLiteral(":/i18n/cstor-console_en.qm");

// The translators installed by install(), owned by the application.
QPointer<QTranslator> s_console;
QPointer<QTranslator> s_qt;

void removeInstalled()
{
    for (QPointer<QTranslator> *translator : {&s_console, &s_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

} // namespace

QList<Languages::Language> Languages::available()
{
    return {
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
}

QString Languages::setting()
{
    const QString value =
        QSettings().value(kSettingKey, QLatin1String(kSystem)).toString().trimmed();
    return value.isEmpty() ? QLatin1String(kSystem) : value;
}

void Languages::setSetting(const QString &code)
{
    QSettings().setValue(kSettingKey, code.isEmpty() ? QLatin1String(kSystem) : code);
}

QString Languages::forGui()
{
    const QString forced = qEnvironmentVariable("CSTOR_LANGUAGE").trimmed();
    return forced.isEmpty() ? setting() : forced;
}

QString Languages::forCommandLine()
{
    const QString forced = qEnvironmentVariable("CSTOR_LANGUAGE").trimmed();
    return forced.isEmpty() ? QLatin1String(kSystem) : forced;
}

QString Languages::install(const QString &code)
{
    removeInstalled();
    auto *app = QCoreApplication::instance();
    if (!app)
        return {};
    auto *console = new QTranslator(app);
    bool loaded = false;
    if (code == QLatin1String(kPseudo)) {
        loaded = console->load(kPrefix + QLatin1Char('_') + code, kDirectory);
    } else {
        const QLocale locale = code == QLatin1String(kSystem) ? QLocale::system() : QLocale(code);
        // An explicit choice also formats numbers and dates the way that language does.
        if (code != QLatin1String(kSystem))
            QLocale::setDefault(locale);
        loaded = console->load(locale, kPrefix, QStringLiteral("_"), kDirectory);
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            s_qt = qt;
        } else {
            delete qt;
        }
    }
    if (!loaded) {
        qCDebug(lcLanguages) << "no translation for" << code << "- showing English";
        loaded = console->load(kEnglish);
    }
    if (!loaded) {
        delete console;
        return {};
    }
    QCoreApplication::installTranslator(console);
    s_console = console;
    // Chosen, or the system's language, English loads the same file: English is shown.
    if (console->filePath() == kEnglish)
        return {};
    const QString language = code == QLatin1String(kSystem) ? console->language() : code;
    qCDebug(lcLanguages) << "language" << code << "->" << language;
    return language;
}

} // namespace Ui
