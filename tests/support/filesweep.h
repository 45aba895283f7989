// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QStringList>

namespace Workbench::Test {

//! The files under \a directories (recursively) whose bytes contain \a secret: what a test of
//! "a key never reaches a file" expects to be empty.
inline QStringList filesContaining(const QByteArray &secret, const QStringList &directories)
{
    QStringList found;
    for (const QString &directory : directories) {
        QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret)) {
                found.append(file.fileName());
            }
        }
    }
    return found;
}

//! The application's own configuration and data folders (in test mode when it is enabled).
inline QStringList applicationFolders()
{
    return {QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
}

} // namespace Workbench::Test
