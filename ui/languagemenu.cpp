// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "languagemenu.h"

#include "languagesettings.h"

#include <QActionGroup>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(u"languageMenu"_s);
    auto *languages = new QActionGroup(this);
    const QString chosen = LanguageSettings::chosen();
    for (const LanguageSettings::Language &language : LanguageSettings::available()) {
        QAction *action = addAction(language.nativeName);
        action->setObjectName(u"actionLanguage_"_s + (language.code.isEmpty() ? u"system"_s : language.code));
        action->setCheckable(true);
        action->setChecked(language.code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] {
            LanguageSettings::choose(code);
            Q_EMIT languageChosen(code);
        });
    }
}

LanguageMenu::~LanguageMenu() = default;

} // namespace Workbench::Ui
