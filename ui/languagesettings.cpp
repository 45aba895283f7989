// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "languagesettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {
const QString settingKey = u"interface/language"_s;
}

QList<LanguageSettings::Language> LanguageSettings::available()
{
    return {{QString(), QCoreApplication::translate("LanguageSettings", "System language")},
        {u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"ko"_s, u"한국어"_s}};
}

QString LanguageSettings::chosen()
{
    return QSettings().value(settingKey).toString();
}

void LanguageSettings::choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty()) {
        settings.remove(settingKey);
    } else {
        settings.setValue(settingKey, code);
    }
}

QString LanguageSettings::englishPlurals()
{
    return u":/i18n/diziner_en.qm"_s;
}

QLocale LanguageSettings::locale()
{
    const QString code = chosen();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QList<QTranslator *> LanguageSettings::install(QCoreApplication &app)
{
    const QLocale interfaceLocale = locale();
    QLocale::setDefault(interfaceLocale);
    QList<QTranslator *> installed;
    const std::pair<QString, QString> catalogues[] = {
        {u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)}, {u"diziner"_s, u":/i18n"_s}};
    for (const auto &[name, directory] : catalogues) {
        auto *translator = new QTranslator(&app);
        // A language the workbench has no catalogue for shows its English source strings: then
        // with the English catalogue's plural forms ("1 document", not "1 document(s)").
        if (translator->load(interfaceLocale, name, u"_"_s, directory)
            || (name == u"diziner" && translator->load(englishPlurals()))) {
            QCoreApplication::installTranslator(translator);
            installed.append(translator);
        } else {
            delete translator; // Qt's own, in a language without it
        }
    }
    return installed;
}

} // namespace Workbench::Ui
