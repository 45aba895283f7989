// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

// Runs the real diziner-cli (DIZINER_CLI, set per test target) as the tests of the app do.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

namespace Workbench::Test {

struct CliRun
{
    int exitCode = -1; //!< -1: it did not end in time; -2: it crashed
    QByteArray out;
    QString err;
    QByteArray rawErr; //!< stderr as it came, for byte-level checks

    //! stdout as the one JSON object --format json prints.
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/*! Runs diziner-cli with \a arguments in \a environment and waits for it with the event loop
 * turning, so that servers the test runs in this process keep answering. */
inline CliRun runCli(const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(DIZINER_CLI), arguments);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.rawErr = process.readAllStandardError();
    run.err = QString::fromUtf8(run.rawErr);
    // The child's warnings of a broken invariant become the test's own, for QTest::failOnWarning.
    for (const QString &line : run.err.split(u'\n')) {
        if (line.contains(QLatin1String("PilotRun: no transition"))) {
            qWarning("diziner-cli: %s", qPrintable(line));
        }
    }
    return run;
}

//! The system environment with \a name set to \a value (a key the CLI reads from the environment).
inline QProcessEnvironment environmentWith(const QString &name, const QString &value)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(name, value);
    return environment;
}

} // namespace Workbench::Test
