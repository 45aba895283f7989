// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace Workbench::Ui {

/*! \brief The user interface language: the system's unless the user chose one in the settings.
 *
 * install() loads Qt's own catalogue and the workbench's (compiled into the resources under
 * \c :/i18n) for the chosen locale; a change of setting takes effect on the next start. The
 * English source strings count with "%n document(s)": their English catalogue holds only the
 * plural forms, and stands in for a language the workbench has no catalogue of.
 */
class LanguageSettings
{
public:
    struct Language
    {
        QString code; //!< empty: follow the system
        QString nativeName; //!< as its speakers write it; the system entry is translated
    };

    //! The languages the workbench ships catalogues for, the system entry first.
    [[nodiscard]] static QList<Language> available();
    //! The chosen code ("" for the system's language).
    [[nodiscard]] static QString chosen();
    static void choose(const QString &code);
    //! The locale the interface uses now: the chosen language or the system's.
    [[nodiscard]] static QLocale locale();
    //! Installs the catalogues for locale() into \a app; returns the ones it loaded (owned by \a app).
    //! English, and a language without a catalogue, get the English plural forms.
    static QList<QTranslator *> install(QCoreApplication &app);
    //! The catalogue of the English plural forms of the strings counted with %n.
    [[nodiscard]] static QString englishPlurals();
};

} // namespace Workbench::Ui
