// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "helpmenu.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/shortcutsdialog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

HelpMenu::HelpMenu(QWidget *window)
    : QMenu(tr("&Help"), window)
{
    setObjectName(u"helpMenu"_s);
    auto *guide = addAction(tr("&User Guide"));
    guide->setObjectName(u"actionUserGuide"_s);
    guide->setShortcuts(QKeySequence::HelpContents);
    guide->setToolTip(tr("The workbench's guide, in the program that opens Markdown files"));
    connect(guide, &QAction::triggered, this, &HelpMenu::openGuide);
    auto *shortcuts = addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(u"actionShortcuts"_s);
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(parentWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    addSeparator();
    auto *about = addAction(tr("&About DiZiNER Workbench"));
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(parentWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *aboutQt = addAction(tr("About &Qt"));
    aboutQt->setObjectName(u"actionAboutQt"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });
}

HelpMenu::~HelpMenu() = default;

QString HelpMenu::installedGuidePath()
{
    // <prefix>/share/doc/<project>/README.md beside <prefix>/bin, wherever the prefix.
    return QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                               .filePath(QStringLiteral(WORKBENCH_DOC_FROM_BIN "/README.md")));
}

QString HelpMenu::guidePath()
{
    for (const QString &path : {installedGuidePath(), QStringLiteral(WORKBENCH_SOURCE_DIR "/README.md")}) {
        if (QFileInfo(path).isFile()) {
            return QFileInfo(path).canonicalFilePath();
        }
    }
    return {};
}

void HelpMenu::openGuide()
{
    const QString path = guidePath();
    if (!path.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Information, tr("User Guide"),
        path.isEmpty() ? tr("The user guide is not installed. It is README.md and docs/guide/ of the source, "
                            "and is installed under share/doc.")
                       : tr("No program opened the user guide. It is here: %1").arg(path),
        QMessageBox::Ok, parentWidget());
    box->setObjectName(u"guideMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Workbench::Ui
