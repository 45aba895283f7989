// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "curationcontroller.h"

#include "model/corpus.h"
#include "model/importedlayer.h"
#include "model/layerset.h"
#include "model/occurrenceplan.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "projectaccess.h"
#include "store/layerrepository.h"
#include "store/projectstore.h"

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

CurationController::CurationController(
    Core::Workspace *workspace, ProjectAccess *access, QString projectPath, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_access(access)
    , m_projectPath(std::move(projectPath))
    , m_documentCount(workspace->corpus().size())
{
    loadSteps();
}

CurationController::~CurationController() = default;

void CurationController::addSpan(const qsizetype document, const Core::Span &span)
{
    enqueue(
        [document, span](Core::ProjectStore &store, const qint64 layerId) -> std::expected<bool, QString> {
            auto inserted = Core::LayerRepository(store).insertSpan(layerId, document, span);
            return inserted ? std::expected<bool, QString>(true) : std::unexpected(inserted.error().message);
        });
}

void CurationController::editSpans(const qsizetype document,
    std::function<QList<Core::LayerRepository::SpanEdit>(const QList<Core::Span> &)> plan)
{
    enqueue(
        [document, plan](Core::ProjectStore &store, const qint64 layerId) -> std::expected<bool, QString> {
            Core::LayerRepository layers(store);
            const auto spans = layers.documentSpans(document);
            if (!spans) {
                return std::unexpected(spans.error().message);
            }
            const QList<Core::LayerRepository::SpanEdit> edits = plan(spans->value(layerId));
            if (edits.isEmpty()) {
                return false; // nothing to change here
            }
            if (auto applied = layers.applyStep(layerId, document, edits); !applied) {
                return std::unexpected(applied.error().message);
            }
            return true;
        });
}

void CurationController::removeSpans(const qsizetype document, const int start, const int end)
{
    editSpans(document, [start, end](const QList<Core::Span> &curated) {
        QList<Core::LayerRepository::SpanEdit> edits;
        for (const Core::Span &span : curated) {
            const bool touches =
                start == end ? span.start <= start && start < span.end : span.start < end && start < span.end;
            if (touches) {
                edits.append({span, false});
            }
        }
        return edits;
    });
}

void CurationController::retype(const qsizetype document, const int position, const QString &type)
{
    editSpans(document, [position, type](const QList<Core::Span> &curated) {
        QList<Core::LayerRepository::SpanEdit> edits;
        for (const Core::Span &span : curated) {
            if (span.start <= position && position < span.end && span.type != type) {
                edits.append({span, false});
                edits.append({Core::Span{span.start, span.end, type}, true});
            }
        }
        return edits;
    });
}

void CurationController::accept(const qsizetype document, const QList<Core::Span> &spans)
{
    // One action: a single undo takes the whole layer's spans back out.
    editSpans(document, [spans](const QList<Core::Span> &curated) {
        QList<Core::LayerRepository::SpanEdit> edits;
        for (const Core::Span &span : spans) {
            if (!curated.contains(span)) {
                edits.append({span, true});
            }
        }
        return edits;
    });
}

void CurationController::annotateAll(const QList<Core::TokenOccurrences::Occurrence> &found,
    const Core::TokenOccurrences::Occurrence &source, const QString &type)
{
    enqueue([found, source, type, count = m_documentCount](
                Core::ProjectStore &store, const qint64 layerId) -> std::expected<bool, QString> {
        Core::LayerRepository layers(store);
        const auto curated = layers.spans(layerId, count);
        if (!curated) {
            return std::unexpected(curated.error().message);
        }
        QList<Core::LayerRepository::DocumentEdit> edits;
        for (const auto &occurrence : Core::OccurrencePlan::make(found, source, type, *curated).toAnnotate) {
            edits.append({occurrence.document, {Core::Span{occurrence.start, occurrence.end, type}, true}});
        }
        if (edits.isEmpty()) {
            return false;
        }
        if (auto applied = layers.applyStep(layerId, edits); !applied) {
            return std::unexpected(applied.error().message);
        }
        return true;
    });
}

void CurationController::undo()
{
    enqueue([](Core::ProjectStore &store, const qint64 layerId) -> std::expected<bool, QString> {
        auto undone = Core::LayerRepository(store).undo(layerId);
        return undone ? std::expected<bool, QString>(*undone) : std::unexpected(undone.error().message);
    });
}

void CurationController::redo()
{
    enqueue([](Core::ProjectStore &store, const qint64 layerId) -> std::expected<bool, QString> {
        auto redone = Core::LayerRepository(store).redo(layerId);
        return redone ? std::expected<bool, QString>(*redone) : std::unexpected(redone.error().message);
    });
}

std::expected<CurationController::Steps, QString> CurationController::readSteps(
    const Core::LayerRepository &layers, const std::optional<qint64> layerId)
{
    if (!layerId) {
        return Steps{};
    }
    auto undo = layers.nextStep(*layerId, true);
    auto redo = layers.nextStep(*layerId, false);
    if (!undo || !redo) {
        return std::unexpected((undo ? redo.error() : undo.error()).message);
    }
    return Steps{std::move(*undo), std::move(*redo)};
}

void CurationController::loadSteps()
{
    const auto read = [](Core::ProjectStore &store) -> std::expected<Steps, QString> {
        Core::LayerRepository layers(store);
        const auto curated = layers.find(QString::fromLatin1(layerName));
        return readSteps(layers, curated ? std::optional(curated->id) : std::nullopt);
    };
    m_access->run(m_projectPath, ProjectAccess::Mode::Glance, this, read,
        [this](const ProjectAccess::Outcome<Steps> &steps) {
            if (steps && !m_edited) {
                setSteps(*steps);
            }
        });
}

void CurationController::setSteps(Steps steps)
{
    m_steps = std::move(steps);
    Q_EMIT stepsChanged();
}

void CurationController::enqueue(Edit edit)
{
    m_edited = true;
    m_queue.append(std::move(edit));
    if (!m_busy) {
        runNext();
    }
}

namespace {

// On a worker thread, with the project open for writing: the curated layer's id, made when missing.
std::expected<qint64, Core::StoreError> curatedLayer(Core::LayerRepository &layers)
{
    const QString name = QString::fromLatin1(CurationController::layerName);
    if (const auto curated = layers.find(name)) {
        return curated->id;
    }
    return layers.add(Core::ImportedLayer{.name = name,
        .kind = Core::LayerKind::Human,
        .provenance = {.source = u"curation in the workbench"_s,
            .tool = {},
            .tagScheme = {},
            .created = QDateTime::currentDateTimeUtc()},
        .spans = {},
        .loss = {},
        .unalignedTokens = 0,
        .substitutedTokens = 0});
}

} // namespace

std::expected<std::optional<CurationController::Saved>, QString> CurationController::save(
    Core::ProjectStore &store, const Edit &edit, const qsizetype documentCount)
{
    Core::LayerRepository layers(store);
    const auto layerId = curatedLayer(layers);
    if (!layerId) {
        return std::unexpected(layerId.error().message);
    }
    const auto done = edit(store, *layerId);
    if (!done) {
        return std::unexpected(done.error());
    }
    if (!*done) {
        return std::nullopt;
    }
    auto spans = layers.spans(*layerId, documentCount);
    if (!spans) {
        return std::unexpected(spans.error().message);
    }
    auto steps = readSteps(layers, *layerId);
    if (!steps) {
        return std::unexpected(steps.error());
    }
    return Saved{std::move(*spans), std::move(*steps)};
}

void CurationController::runNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    const auto work = [count = m_documentCount, edit = m_queue.takeFirst()](
                          Core::ProjectStore &store) { return save(store, edit, count); };
    m_access->run(m_projectPath, ProjectAccess::Mode::Write, this, work,
        [this](const ProjectAccess::Outcome<std::optional<Saved>> &result) {
            if (result && !*result) {
                Q_EMIT unchanged(); // said so, not reported as saved
                runNext();
                return;
            }
            if (result && m_workspace) {
                Core::SpanLayer *layer = m_workspace->layers().layer(QString::fromLatin1(layerName));
                if (layer == nullptr) {
                    layer = m_workspace->layers().addLayer(
                        QString::fromLatin1(layerName), Core::LayerKind::Human);
                }
                layer->setSpans((*result)->spans);
            }
            if (result) {
                setSteps((*result)->steps);
            }
            Q_EMIT edited(result ? QString() : result.error());
            runNext();
        });
}

} // namespace Workbench::Ui
