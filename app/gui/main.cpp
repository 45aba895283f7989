// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkProxyFactory>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Calls to providers go through the system's proxy, as users' other programs do.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QApplication::setApplicationName(u"diziner"_s);
    QApplication::setApplicationDisplayName(u"DiZiNER Workbench"_s);
    QApplication::setOrganizationName(u"DiZiNER"_s);
    QApplication::setApplicationVersion(QStringLiteral(DIZINER_VERSION));
    QApplication::setDesktopFileName(u"org.diziner.Workbench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Pilot annotation workbench for NER"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    Workbench::Ui::MainWindow window;
    window.show();
    window.openSample();
    return QApplication::exec();
}
