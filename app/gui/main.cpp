// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "languagesettings.h"
#include "mainwindow.h"
#include "model/corpus.h"
#include "model/layerset.h"
#include "model/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkProxyFactory>
#include <QTimer>

#include <cstdio>

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
    Workbench::Ui::LanguageSettings::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Pilot annotation workbench for NER"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption smokeTest(u"smoke-test"_s,
        QApplication::translate("main",
            "Open the project (or the sample), print what was loaded and quit (for installation checks)."));
    parser.addOption(smokeTest);
    parser.addPositionalArgument(u"project"_s,
        QApplication::translate("main", "A project file (.dzn) to open; without one, the sample project."),
        u"[PROJECT.dzn]"_s);
    parser.process(app);

    Workbench::Ui::MainWindow window;
    if (parser.isSet(smokeTest)) {
        // Ends with the agreement matrix computed, or with the load error; a minute is the limit.
        QObject::connect(&window, &Workbench::Ui::MainWindow::loadFinished, &app, [](const QString &error) {
            if (!error.isEmpty()) {
                std::fprintf(stderr, "diziner: error: %s\n", qPrintable(error));
                QCoreApplication::exit(1);
            }
        });
        QObject::connect(&window, &Workbench::Ui::MainWindow::agreementReady, &app, [&window] {
            std::printf("diziner %s: project open, %lld documents, %lld layers, agreement computed\n",
                DIZINER_VERSION, static_cast<long long>(window.workspace()->corpus().size()),
                static_cast<long long>(window.workspace()->layers().size()));
            QCoreApplication::exit(0);
        });
        QTimer::singleShot(60'000, &app, [] {
            std::fputs("diziner: error: the project did not open within a minute\n", stderr);
            QCoreApplication::exit(1);
        });
    }
    window.show();
    if (parser.positionalArguments().isEmpty()) {
        window.openSample();
    } else {
        window.openProject(parser.positionalArguments().constFirst());
    }
    return QApplication::exec();
}
