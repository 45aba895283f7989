// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "model/corpus.h"
#include "model/entityscheme.h"
#include "model/layerset.h"

#include <QObject>

namespace Workbench::Core {

struct ImportedCorpus;

/*! \brief The open project in memory: the corpus, its span layers and its entity scheme.
 *
 * Every face works on one: the GUI observes it through item models, the CLI fills and reads it.
 * Usage: \c{Workspace ws; ws.adopt(*CorpusImporter::import(...));}
 */
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    [[nodiscard]] Corpus &corpus() { return *m_corpus; }
    [[nodiscard]] const Corpus &corpus() const { return *m_corpus; }
    [[nodiscard]] LayerSet &layers() { return *m_layers; }
    [[nodiscard]] const LayerSet &layers() const { return *m_layers; }
    [[nodiscard]] const EntityScheme &scheme() const { return m_scheme; }
    void setScheme(const EntityScheme &scheme);

    //! Replaces corpus, layers and scheme with \a imported; types found in its layers join the scheme.
    void adopt(const ImportedCorpus &imported);

Q_SIGNALS:
    void schemeChanged();

private:
    Corpus *m_corpus = nullptr;
    LayerSet *m_layers = nullptr;
    EntityScheme m_scheme;
};

} // namespace Workbench::Core
