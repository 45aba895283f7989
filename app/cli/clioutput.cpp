// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "clioutput.h"

#include "base/lossreport.h"
#include "store/storeerror.h"

#include <QJsonDocument>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Cli {

void CliOutput::text(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::json(const QJsonObject &object)
{
    // QJsonDocument writes doubles with full precision: numbers are never rounded here.
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::diagnostic(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void CliOutput::lossWarnings(const QString &file, const Core::LossReport &loss, qsizetype limit)
{
    const QList<Core::LossReport::Entry> &entries = loss.entries();
    const qsizetype shown = limit < 0 ? entries.size() : std::min(limit, entries.size());
    for (qsizetype i = 0; i < shown; ++i) {
        const Core::LossReport::Entry &entry = entries.at(i);
        diagnostic(u"%1:%2: warning: span not kept (%3, document %4): %5"_s.arg(file)
                       .arg(std::max(entry.line, 1))
                       .arg(entry.reason, entry.documentId, entry.detail));
    }
    if (entries.size() > shown) {
        diagnostic(u"%1:1: warning: %2 more spans not kept"_s.arg(file).arg(entries.size() - shown));
    }
}

int CliOutput::storeFailure(const Core::StoreError &error)
{
    // StoreError messages read "PATH: what happened".
    const qsizetype colon = error.message.indexOf(u": "_s);
    diagnostic(colon > 0 ? u"%1:1: error: %2"_s.arg(error.message.left(colon), error.message.mid(colon + 2))
                         : u"diziner-cli: error: %1"_s.arg(error.message));
    const bool blocked =
        error.code == Core::StoreError::Code::Locked || error.code == Core::StoreError::Code::NewerVersion;
    return blocked ? ExitLocked : ExitFailure;
}

int CliOutput::usageError(const QString &verb, const QString &message)
{
    diagnostic(u"diziner-cli %1: error: %2 (see 'diziner-cli %1 --help')"_s.arg(verb, message));
    return ExitUsage;
}

} // namespace Workbench::Cli
