// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
//
// Renders the main views to PNG files for the README: render-screenshots OUTDIR.
// Run with QT_QPA_PLATFORM=offscreen; it exits when the pictures are written.
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QTableView>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"diziner-screenshots"_s);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: render-screenshots OUTDIR\n", stderr);
        return 2;
    }
    const QDir out(arguments.at(1));
    if (!out.mkpath(u"."_s)) {
        std::fputs("cannot create OUTDIR\n", stderr);
        return 1;
    }
    Workbench::Ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    int exitCode = 1;
    QObject::connect(&window, &Workbench::Ui::MainWindow::loadFinished, &window, [&](const QString &error) {
        if (!error.isEmpty()) {
            QApplication::exit(1);
        }
    });
    QObject::connect(&window, &Workbench::Ui::MainWindow::agreementReady, &window, [&] {
        {
            auto *list = window.findChild<QTableView *>(u"documentList"_s);
            list->selectRow(0);
            const QString path = out.filePath(u"main-window.png"_s);
            exitCode = window.grab().save(path) ? 0 : 1;
            std::fprintf(stdout, "%s\n", qPrintable(path));
        }
        QApplication::exit(exitCode);
    });
    window.openSample();
    QApplication::exec();
    return exitCode;
}
