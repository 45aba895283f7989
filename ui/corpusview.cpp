// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "corpusview.h"

#include "alloccurrencesaction.h"
#include "curationcontroller.h"
#include "model/corpus.h"
#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "views/documentspane.h"
#include "views/documentview.h"

#include <QAction>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

CorpusView::CorpusView(Core::Workspace *workspace, ProjectAccess *access, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_workspace(workspace)
    , m_access(access)
    , m_documents(new DocumentsPane(workspace, this))
    , m_documentView(new DocumentView(workspace, this))
    , m_allOccurrences(new AllOccurrencesAction(workspace, m_documentView, this))
{
    setObjectName(u"mainSplitter"_s);
    m_documents->setObjectName(u"documentsPane"_s);
    m_documentView->setObjectName(u"documentView"_s);
    addWidget(m_documents);
    addWidget(m_documentView);
    setStretchFactor(1, 1);
    setSizes({480, 800}); // until the user's own layout is restored

    connect(m_documents, &DocumentsPane::documentChosen, this, [this](const qsizetype document) {
        m_documentView->showDocument(document);
        Q_EMIT documentShown(document);
    });
    connect(
        m_documentView, &DocumentView::nextDisagreementRequested, this, &CorpusView::showNextDisagreement);
    connectCuration();
}

CorpusView::~CorpusView() = default;

void CorpusView::setProject(const QString &path)
{
    delete m_curation;
    m_curation = nullptr;
    if (!path.isEmpty()) {
        m_curation = new CurationController(m_workspace, m_access, path, this);
        connect(m_curation, &CurationController::edited, this, [this](const QString &error) {
            m_documentView->refresh();
            showCurationState();
            Q_EMIT message(error.isEmpty() ? tr("Curation saved.") : tr("Not saved: %1").arg(error));
            Q_EMIT curationSaved(error);
        });
        connect(m_curation, &CurationController::unchanged, this, [this] {
            Q_EMIT message(tr("Nothing changed: the curated layer already held that."));
            Q_EMIT curationSaved({}); // nothing failed either
        });
    }
    Q_EMIT curationChanged(m_curation);
    m_documents->selectFirst();
    showCurationState();
}

void CorpusView::showAnalysis(const Core::CorpusAnalysis::Result &result)
{
    m_documents->showAnalysis(result);
}

void CorpusView::setScope(const RoundScope &scope, const QList<QList<int>> &batchRounds)
{
    m_documentView->setScope(scope.outside, scope.namesByAnnotator(), preferredLayer(scope));
    m_documents->setScope(scope.documents, batchRounds);
}

QString CorpusView::preferredLayer(const RoundScope &scope) const
{
    const Core::SpanLayer *drawn = m_workspace->layers().layer(m_documentView->layer());
    const QString annotator =
        drawn && drawn->provenance().pilot ? drawn->provenance().pilot->annotator : QString();
    for (const QString &name : scope.annotators) {
        const Core::SpanLayer *layer = m_workspace->layers().layer(name);
        if (layer && layer->provenance().pilot && layer->provenance().pilot->annotator == annotator) {
            return name;
        }
    }
    return scope.annotators.value(0);
}

void CorpusView::showDocuments(const QString &layer, const std::optional<QSet<qsizetype>> &documents)
{
    m_documents->setAllowedDocuments(documents);
    if (documents) {
        m_documentView->setLayer(layer);
        m_documents->selectFirst();
    }
}

void CorpusView::showHit(const qsizetype document, const int start, const int end)
{
    if (select(document)) {
        m_documentView->selectRange(start, end, DocumentView::Focus::Text);
    }
}

void CorpusView::showEvidence(const qsizetype document, const int start, const int end)
{
    if (select(document)) {
        m_documentView->selectRange(start, end, DocumentView::Focus::Stay);
    }
}

bool CorpusView::select(const qsizetype document)
{
    switch (m_documents->selectDocument(document)) {
    case DocumentsPane::Selection::Selected:
        return true;
    case DocumentsPane::Selection::OutsideScope:
        Q_EMIT message(tr("Document %1 is not among the documents of the round shown: choose “All "
                          "layers” in the round selector to open it.")
                           .arg(m_workspace->corpus().document(document).id()));
        return false;
    case DocumentsPane::Selection::Absent:
        break;
    }
    Q_EMIT message(tr("The document is not in the corpus open."));
    return false;
}

void CorpusView::showNextDisagreement(const bool forward)
{
    if (!m_documents->selectNextDisputed(forward)) {
        Q_EMIT message(tr("The annotator layers agree on every document shown."));
    }
}

QAction *CorpusView::allOccurrencesAction() const
{
    return m_allOccurrences->action();
}

bool CorpusView::mayAccept(const Core::SpanLayer &layer, const qsizetype document)
{
    // A layer silent here has nothing to give: say why rather than report an edit.
    if (layer.uncoveredDocuments().contains(document)) {
        Q_EMIT message(tr("Nothing accepted: layer %1 does not cover this document (it was not in the "
                          "layer's batch, or the annotator could not label it).")
                           .arg(layer.name()));
        return false;
    }
    if (layer.spans(document).isEmpty()) {
        Q_EMIT message(tr("Nothing accepted: layer %1 marks nothing in this document.").arg(layer.name()));
        return false;
    }
    return true;
}

CurationController *CorpusView::curation()
{
    // Curation edits the project's "curated" layer; with no project open there is none to keep them in.
    if (m_curation == nullptr) {
        Q_EMIT message(tr("Curation is saved in a project: open one with File > Open Project."));
    }
    return m_curation.data();
}

void CorpusView::connectCuration()
{
    connect(m_documentView, &DocumentView::spanRequested, this,
        [this](qsizetype document, int start, int end, const QString &type) {
            if (auto *c = curation()) {
                c->addSpan(document, Core::Span{start, end, type});
            }
        });
    connect(m_documentView, &DocumentView::retypeRequested, this,
        [this](qsizetype document, int position, const QString &type) {
            if (auto *c = curation()) {
                c->retype(document, position, type);
            }
        });
    connect(m_documentView, &DocumentView::removalRequested, this,
        [this](qsizetype document, int start, int end) {
            if (auto *c = curation()) {
                c->removeSpans(document, start, end);
            }
        });
    connect(m_documentView, &DocumentView::acceptLayerRequested, this,
        [this](qsizetype document, const QString &layerName) {
            const Core::SpanLayer *layer = m_workspace->layers().layer(layerName);
            if (auto *c = curation(); c && layer && layerName != QLatin1String(CurationController::layerName)
                && mayAccept(*layer, document)) {
                c->accept(document, layer->spans(document));
            }
        });
    connect(m_allOccurrences->action(), &QAction::triggered, this, [this] {
        if (auto *c = curation()) {
            m_allOccurrences->prepare(c);
        }
    });
    connect(m_allOccurrences, &AllOccurrencesAction::message, this, &CorpusView::message);
}

void CorpusView::showCurationState()
{
    const Core::SpanLayer *curated =
        m_workspace->layers().layer(QLatin1String(CurationController::layerName));
    QList<int> counts;
    if (curated != nullptr) {
        counts.reserve(m_workspace->corpus().size());
        for (qsizetype d = 0; d < m_workspace->corpus().size(); ++d) {
            counts.append(int(curated->spans(d).size()));
        }
    }
    m_documents->setCurated(counts);
}

} // namespace Workbench::Ui
