#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ui {

// The console's languages: its own translations, embedded as :/i18n/cstor-console_<code>.qm,
// and Qt's own (qtbase_<code>.qm) for the standard dialogs. The GUI speaks the language chosen
// in the settings ("language": "system", the default, or a code such as "de"); the command line
// speaks the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). CSTOR_LANGUAGE overrides both,
// including the pseudo-locale "en_XA" (every string bracketed and longer) used to find clipped
// text.
class Languages
{
    Q_DECLARE_TR_FUNCTIONS(Ui::Languages)

public:
    struct Language
    {
        QString code;       // "de", "zh_CN"
        QString nativeName; // "Deutsch", "简体中文"
    };

    static constexpr const char *kSystem = "system";
    static constexpr const char *kPseudo = "en_XA";

    // The translated languages (English, the source language, is not listed).
    static QList<Language> available();

    // The "language" setting: "system" or a code.
    static QString setting();
    static void setSetting(const QString &code);

    // What the GUI uses: CSTOR_LANGUAGE, else the setting.
    static QString forGui();
    // What the command line uses: CSTOR_LANGUAGE, else "system".
    static QString forCommandLine();

    // Installs the translators of `code` ("system": the system locale's languages) on the
    // application, replacing those installed before. Returns the code of the console's
    // translation loaded, "" when English is shown.
    static QString install(const QString &code);
};

} // namespace Ui
