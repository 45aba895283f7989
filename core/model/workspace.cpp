// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/workspace.h"

#include "model/importedcorpus.h"

namespace Workbench::Core {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_corpus(new Corpus(this))
    , m_layers(new LayerSet(this))
{
}

Workspace::~Workspace() = default;

void Workspace::setScheme(const EntityScheme &scheme)
{
    m_scheme = scheme;
    Q_EMIT schemeChanged();
}

void Workspace::adopt(const ImportedCorpus &imported)
{
    while (m_layers->size() > 0) {
        m_layers->removeLayer(m_layers->size() - 1);
    }
    m_corpus->setDocuments(imported.documents);
    EntityScheme scheme;
    for (const ImportedLayer &importedLayer : imported.layers) {
        SpanLayer *layer = m_layers->addLayer(importedLayer.name, importedLayer.kind);
        if (layer == nullptr) {
            continue; // same file name twice: the first one stands
        }
        layer->setProvenance(importedLayer.provenance);
        layer->setLossReport(importedLayer.loss);
        layer->setUncoveredDocuments(importedLayer.uncoveredDocuments);
        layer->setCoverageOrigin(importedLayer.coverage);
        layer->setSpans(importedLayer.spans);
        for (const QList<Span> &spans : importedLayer.spans) {
            for (const Span &span : spans) {
                scheme.ensureType(span.type);
            }
        }
    }
    setScheme(scheme);
}

} // namespace Workbench::Core
