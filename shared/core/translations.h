#pragma once
// Which language the tray and the command line speak, and loading it (issue #8).
// English is the source language; translations/ml-connector_<code>.ts are built into .qm catalogs
// embedded under :/i18n (the executables link mlc::translations). English has a catalog too, with
// the plural forms only ("1 document", "2 documents" for "%n document(s)"). Qt's own texts (dialog buttons,
// context menus of line edits) come from qtbase_<code>.qm in Qt's translations folder, or from a
// "translations" folder next to the executable (the Windows deployment), when present.
//
// Choice, strongest first: an explicit code (the tray's --lang), the per-user setting (the tray's
// Settings page: QSettings key ui/language of the running application; "" = the system's), then the
// system's UI languages (LANGUAGE, LC_MESSAGES/LANG on Unix; the display language on Windows).
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace mlc::core {

struct Language {
    QString code;       // "en", "de", "fr", "es"
    QString nativeName; // "English", "Deutsch", "Français", "Español" (for a language picker)
};

// Every language the product ships, English first. The "" (system) choice is not in the list.
QList<Language> availableLanguages();
bool isAvailableLanguage(const QString &code);

// The per-user choice: "" (follow the system) or one of availableLanguages(). Stored in the
// application's QSettings (organization and application name must be set), key ui/language.
// setLanguageSetting() takes effect at the next start; unknown codes are refused (false).
QString currentLanguageSetting();
bool setLanguageSetting(const QString &code);
inline constexpr const char *kLanguageSettingKey = "ui/language";

// The language to load: `override` if available, else `setting` if available, else the first of
// `systemLanguages` (BCP 47 tags such as "de-CH") whose language is available, else "en".
QString resolveLanguage(const QString &override, const QString &setting, const QStringList &systemLanguages);

struct LoadedLanguage {
    QString code;        // the language in effect ("en" when nothing was loaded)
    bool catalog = false; // the product's own catalog
    bool qtbase = false;  // Qt's own texts
};

// Installs the translators for `code` on the running application (replacing earlier ones from
// this function). When `code` is not the system's language, QLocale's default becomes that
// language too, so dates and numbers match the words around them.
LoadedLanguage installTranslations(const QString &code);

// resolveLanguage(override, currentLanguageSetting(), QLocale::system().uiLanguages()) installed.
// The tray calls this; the command line calls it with useSetting = false (it follows the locale).
LoadedLanguage installPreferredTranslations(const QString &override = {}, bool useSetting = true);

// The language installTranslations() put in effect last ("en" before any call).
QString loadedLanguage();

} // namespace mlc::core
