#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace mlc::core {

namespace {

QTranslator *g_catalog = nullptr;
QTranslator *g_qtbase = nullptr;
QString g_loaded = QStringLiteral("en");
bool g_setDefaultLocale = false;

QString languageOf(const QString &tag)
{
    // "de-CH", "de_DE.UTF-8", "DE" -> "de"
    QString code = tag.trimmed().toLower();
    const qsizetype cut = code.indexOf(QRegularExpression(QStringLiteral("[-_.@]")));
    return cut < 0 ? code : code.left(cut);
}

// A translator loaded from the first folder that has `name`_<language>.qm, or nullptr.
QTranslator *load(const QLocale &locale, const QString &name, const QStringList &folders)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    for (const QString &folder : folders) {
        if (!folder.isEmpty() && translator->load(locale, name, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator.get());
            return translator.release();
        }
    }
    return nullptr;
}

void remove(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QList<Language> availableLanguages()
{
    // Native names as a speaker writes them at the start of a list entry (QLocale gives
    // "français"/"español" in lower case).
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

bool isAvailableLanguage(const QString &code)
{
    for (const Language &l : availableLanguages()) {
        if (l.code == code)
            return true;
    }
    return false;
}

QString currentLanguageSetting()
{
    const QString code = QSettings().value(QLatin1String(kLanguageSettingKey)).toString();
    return isAvailableLanguage(code) ? code : QString();
}

bool setLanguageSetting(const QString &code)
{
    if (!code.isEmpty() && !isAvailableLanguage(code))
        return false;
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kLanguageSettingKey));
    else
        settings.setValue(QLatin1String(kLanguageSettingKey), code);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

QString resolveLanguage(const QString &override, const QString &setting, const QStringList &systemLanguages)
{
    if (isAvailableLanguage(languageOf(override)))
        return languageOf(override);
    if (isAvailableLanguage(setting))
        return setting;
    for (const QString &tag : systemLanguages) {
        const QString code = languageOf(tag);
        if (isAvailableLanguage(code))
            return code;
    }
    return QStringLiteral("en");
}

LoadedLanguage installTranslations(const QString &code)
{
    remove(g_catalog);
    remove(g_qtbase);
    LoadedLanguage result;
    result.code = isAvailableLanguage(code) ? code : QStringLiteral("en");
    g_loaded = result.code;
    const QLocale system = QLocale::system();
    if (g_setDefaultLocale) {
        QLocale::setDefault(system); // what the default is before anyone sets it
        g_setDefaultLocale = false;
    }
    QLocale locale(result.code);
    if (system.language() == locale.language()) {
        locale = system; // keep the region's formats (de-CH, fr-CA, es-MX)
    } else if (result.code != QLatin1String("en")) {
        // German words with the system's English (or C) dates and numbers read wrong: follow the
        // chosen language. English is also the fallback for languages not shipped: those keep their
        // system formats.
        QLocale::setDefault(locale);
        g_setDefaultLocale = true;
    }

    // Next to the executable: the Windows deployment and anyone who drops a newer catalog there.
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations"));
    g_catalog = load(locale, QStringLiteral("ml-connector"), {QStringLiteral(":/i18n"), beside});
    result.catalog = g_catalog != nullptr;
    if (result.code != QLatin1String("en")) {
        g_qtbase = load(locale, QStringLiteral("qtbase"),
                        {QLibraryInfo::path(QLibraryInfo::TranslationsPath), beside});
        result.qtbase = g_qtbase != nullptr;
    }
    return result;
}

LoadedLanguage installPreferredTranslations(const QString &override, bool useSetting)
{
    return installTranslations(
        resolveLanguage(override, useSetting ? currentLanguageSetting() : QString(), QLocale::system().uiLanguages()));
}

QString loadedLanguage()
{
    return g_loaded;
}

} // namespace mlc::core
