// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// Project files: the input is written as a .dzn file and opened as a user's double click would
// (read-only, then read-write, which migrates older schemas); everything a workbench reads from
// a project is then read. A damaged file must be refused or read, never crash the reader.
#include "store/calllogrepository.h"
#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/pilotrepository.h"
#include "store/projectsummary.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Workbench::Core;

namespace {

void readEverything(ProjectStore &store)
{
    (void)ProjectSummary::read(store);
    const auto documents = CorpusRepository(store).load();
    LayerRepository layers(store);
    if (const auto list = layers.list()) {
        for (const LayerRepository::StoredLayer &layer : *list) {
            (void)layers.spans(layer.id, documents ? documents->size() : 0);
        }
    }
    PilotRepository pilot(store);
    (void)pilot.guidelines();
    if (const auto run = pilot.run()) {
        (void)pilot.runStatus(run->first);
        (void)pilot.rounds(run->first);
        (void)pilot.pendingProposal(run->first);
    }
    (void)CallLogRepository(store).totals();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the SQLite driver is a plugin
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("fuzz.dzn"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const ProjectStore::Access access :
        {ProjectStore::Access::ReadOnly, ProjectStore::Access::ReadWrite}) {
        for (const char *suffix : {"", "-wal", "-shm", ".lock"}) {
            QFile::remove(path + QLatin1String(suffix));
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            __builtin_trap(); // the harness, not the reader, failed
        }
        file.close();
        if (auto store = ProjectStore::open(path, access)) {
            readEverything(**store);
        }
    }
    return 0;
}
