// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "roundlayerrefresh.h"

#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "projectaccess.h"

namespace Workbench::Ui {

RoundLayerRefresh::RoundLayerRefresh(Core::Workspace *workspace, ProjectAccess *access, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_access(access)
{
    connect(&workspace->corpus(), &Core::Corpus::aboutToBeReset, this, [this] { ++m_corpusGeneration; });
}

RoundLayerRefresh::~RoundLayerRefresh() = default;

void RoundLayerRefresh::refresh(const QString &path)
{
    if (path.isEmpty()) {
        return;
    }
    m_access->load(path, this,
        [this, path, generation = m_corpusGeneration](
            const ProjectAccess::Outcome<Core::ProjectLoader::Loaded> &loaded) {
            if (generation != m_corpusGeneration) {
                return; // another project opened meanwhile: its layers are its own
            }
            if (!m_workspace || !loaded || loaded->corpus.documents.size() != m_workspace->corpus().size()) {
                Q_EMIT refreshed(
                    loaded ? tr("%1 holds another corpus now: open it again.").arg(path) : loaded.error());
                return;
            }
            for (const Core::ImportedLayer &imported : loaded->corpus.layers) {
                Core::SpanLayer *layer = m_workspace->layers().layer(imported.name);
                if (layer != nullptr && !imported.provenance.pilot) {
                    continue; // as it was: only a round's layers are written again
                }
                if (layer == nullptr) {
                    layer = m_workspace->layers().addLayer(imported.name, imported.kind);
                }
                layer->setProvenance(imported.provenance);
                layer->setLossReport(imported.loss);
                layer->setUncoveredDocuments(imported.uncoveredDocuments);
                layer->setSpans(imported.spans);
            }
            m_pilot = loaded->pilot;
            Q_EMIT refreshed({});
        });
}

} // namespace Workbench::Ui
