// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "llm/scheduler.h"
#include "pilot/roundsummary.h"
#include "store/roundlayerrepository.h"
#include "store/storeerror.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Workbench::Core {

class PilotRun;
class ProjectStore;
class ResponseCache;

/*! \brief Rebuilds the round layers a project lacks from its response cache, sending nothing.
 *
 * A project written before round layers were kept holds each round's summary and every reply
 * its annotators gave, in the response cache. For each round with annotators that have no layer
 * (RoundLayerRepository::missing()), the run is replayed as a resume would replay it: the same
 * prompts under the round's guideline version, answered from the cache alone (a scheduler that
 * never sends), then the layers are made as PilotSession makes them (RoundLayerBuilder), one
 * transaction per round. An annotator whose replies are not all in the cache (purged, say) is
 * not rebuilt: finished() says which and why. Pieces that had failed in the round stay failed.
 * Usage: \c{RoundLayerRebuild rebuild(store); connect(&rebuild, &RoundLayerRebuild::finished, ...);
 * rebuild.start();}
 */
class RoundLayerRebuild final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundLayerRebuild)

public:
    //! An annotator's layer of a round that could not be rebuilt, and why (a reason each face words).
    struct Gap
    {
        enum class Reason {
            GuidelineMissing, //!< the version its prompts carried (\c number) is not in the project
            BatchOutsideCorpus, //!< its batch names document \c number; the corpus has \c count
            NotConfigured, //!< the run's configuration has no annotator of that name
            RepliesNotCached, //!< its replies to \c count pieces (of \c documents) are not cached
        };
        int round = 0;
        QString annotator = {};
        Reason reason = Reason::RepliesNotCached;
        qint64 number = 0; //!< GuidelineMissing: the version; BatchOutsideCorpus: the document
        qint64 count = 0; //!< BatchOutsideCorpus: the corpus's documents; RepliesNotCached: pieces
        QStringList documents = {}; //!< RepliesNotCached: the documents' ids, each once

        //! The reason in English, as \c{diziner-cli} prints it (the workbench translates its own).
        [[nodiscard]] QString detail() const;
    };
    struct Result
    {
        enum class Status {
            Done, //!< every missing layer rebuilt (or none was missing)
            Partial, //!< some could not be: gaps says which and why; the others are written
            Failed, //!< error says why; what earlier rounds wrote stays
        };
        Status status = Status::Done;
        QStringList rebuilt; //!< the layers written, by name
        //! Layers that held a rebuilt layer's name (imported by an older workbench): renamed, kept.
        QList<RoundLayerRepository::Renamed> renamed;
        QList<Gap> gaps;
        QString error;
    };

    //! \a store must be open for writing and outlive the rebuild.
    explicit RoundLayerRebuild(ProjectStore &store, QObject *parent = nullptr);
    ~RoundLayerRebuild() override;

    //! Rebuilds every missing round layer of the project's run; finished() once, from the event loop.
    void start();

Q_SIGNALS:
    void finished(const Workbench::Core::RoundLayerRebuild::Result &result);

private:
    //! Replays the next round that lacks layers, or finishes.
    void next();
    void onReplayed();
    void finish(Result::Status status, const QString &error = {});
    void gap(int round, const QStringList &annotators, const Gap &why);

    ProjectStore &m_store;
    std::unique_ptr<ResponseCache> m_cache;
    QNetworkAccessManager m_network; //!< never used: the scheduler answers from the cache alone
    Scheduler m_scheduler;
    std::unique_ptr<PilotRun> m_pilot;
    qint64 m_runId = 0;
    QList<RoundSummary> m_pending; //!< the rounds still to replay, each with its missing annotators
    RoundSummary m_replaying;
    Result m_result;
};

} // namespace Workbench::Core
