// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "evidencemodel.h"

#include "metrics/roundevidence.h"
#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "roundlayernotes.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

// A quote short enough for one row.
QString shortened(const QString &text)
{
    constexpr qsizetype longest = 60;
    const QString simple = text.simplified();
    return simple.size() <= longest ? simple : simple.left(longest - 1) + u'…';
}

} // namespace

//! The round's layers and batch, as the evidence is looked for in them.
struct EvidenceModel::Round
{
    int number = -1;
    QList<Core::AnnotatorLayer> layers;
    QList<qsizetype> batch; //!< corpus order
    QList<Core::Document> documents; //!< the corpus
};

EvidenceModel::EvidenceModel(Core::Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    if (workspace == nullptr) {
        return;
    }
    // Another project: the evidence shown was the last one's.
    connect(&workspace->corpus(), &Core::Corpus::aboutToBeReset, this, [this] {
        beginResetModel();
        m_rows.clear();
        m_proposal.reset();
        m_change = -1;
        endResetModel();
    });
    // A round's layers can arrive after its proposal (RoundLayerRefresh, a rebuild): look again.
    Core::LayerSet &layers = workspace->layers();
    for (const Core::SpanLayer *layer : layers.layers()) {
        watch(layer);
    }
    connect(&layers, &Core::LayerSet::layerInserted, this,
        [this](const qsizetype index) { watch(m_workspace->layers().layer(index)); });
    connect(&layers, &Core::LayerSet::layerRemoved, this, &EvidenceModel::scheduleRecompute);
}

void EvidenceModel::watch(const Core::SpanLayer *layer)
{
    // Inserted empty, its provenance set before its spans: the reset says what it holds.
    connect(layer, &Core::SpanLayer::reset, this, [this, layer] {
        if (layer->provenance().pilot) {
            scheduleRecompute();
        }
    });
}

void EvidenceModel::scheduleRecompute()
{
    if (!m_proposal || m_recomputeQueued) {
        return;
    }
    m_recomputeQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_recomputeQueued = false;
            if (m_proposal) {
                showChange(Core::Proposal(*m_proposal), m_change);
            }
        },
        Qt::QueuedConnection);
}

EvidenceModel::~EvidenceModel() = default;

void EvidenceModel::showChange(const Core::Proposal &proposal, const int row)
{
    beginResetModel();
    m_rows.clear();
    m_round = proposal.round;
    m_proposal = row >= 0 ? std::optional(proposal) : std::nullopt;
    m_change = row;
    if (m_workspace && row >= 0 && row < proposal.changes.size()) {
        const Core::ProposalChange &change = proposal.changes.at(row);
        if (!change.patterns.isEmpty() || !change.instruction.examples.isEmpty()) {
            addChange(roundOf(proposal.round), proposal, change);
        }
    }
    endResetModel();
}

EvidenceModel::Round EvidenceModel::roundOf(const int number) const
{
    Round round{number, {}, {}, m_workspace->corpus().documents()};
    qint64 run = 0; // the newest run's rounds, as the selector offers them
    for (const Core::SpanLayer *layer : m_workspace->layers().layers()) {
        run = layer->provenance().pilot ? std::max(run, layer->provenance().pilot->runId) : run;
    }
    for (const Core::SpanLayer *layer : m_workspace->layers().layers()) {
        const auto &origin = layer->provenance().pilot;
        if (origin && origin->runId == run && origin->round == number) {
            round.layers.append({layer->name(), layer->allSpans(), layer->uncoveredDocuments()});
            round.batch += origin->batch;
        }
    }
    std::ranges::sort(round.batch);
    round.batch.erase(std::unique(round.batch.begin(), round.batch.end()), round.batch.end());
    return round;
}

void EvidenceModel::addChange(
    const Round &round, const Core::Proposal &proposal, const Core::ProposalChange &change)
{
    if (round.layers.isEmpty()) {
        m_rows.append({tr("Round %1's labels are not in this project, so its documents cannot be opened.")
                           .arg(round.number)
                + u' ' + RoundLayerNotes::remedy(),
            {}, -1, 0, 0});
        return;
    }
    for (const QString &pattern : change.patterns) {
        addPattern(round, proposal, pattern);
    }
    for (const Core::InstructionExample &example : change.instruction.examples) {
        addExample(round, example);
    }
}

EvidenceModel::Row EvidenceModel::linked(
    const qsizetype document, const int start, const int end, const QString &text) const
{
    const QString id = m_workspace->corpus().document(document).id();
    return {text,
        tr("Open %1 in round %2, every annotator's layer of the round stacked under it").arg(id).arg(m_round),
        document, start, end};
}

void EvidenceModel::addPattern(const Round &round, const Core::Proposal &proposal, const QString &name)
{
    QStringList types;
    for (const QJsonValue &type : proposal.pattern(name).value(u"affected_types"_s).toArray()) {
        types.append(type.toString());
    }
    const QList<Core::RoundEvidence::Place> places =
        Core::RoundEvidence::disputedDocuments(round.layers, round.batch, types);
    if (places.isEmpty()) {
        m_rows.append({tr("Pattern “%1”: no document of round %2 has a disputed span of type %3")
                           .arg(name)
                           .arg(round.number)
                           .arg(types.isEmpty() ? tr("any") : types.join(u", "_s)),
            {}, -1, 0, 0});
        return;
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(places.size(), documentsPerPattern); ++i) {
        const Core::RoundEvidence::Place &place = places.at(i);
        const QString text =
            round.documents.at(place.document).text().mid(place.start, place.end - place.start);
        m_rows.append(linked(place.document, place.start, place.end,
            tr("Pattern “%1”: document %2, “%3” (%4) disputed")
                .arg(name, round.documents.at(place.document).id(), shortened(text),
                    place.disputed ? place.disputed->type : QString())));
    }
    if (places.size() > documentsPerPattern) {
        m_rows.append({tr("Pattern “%1”: %n more document(s) of round %2 with such a dispute (the Disputed "
                          "filter of the documents lists them)",
                           nullptr, int(places.size() - documentsPerPattern))
                           .arg(name)
                           .arg(round.number),
            {}, -1, 0, 0});
    }
}

void EvidenceModel::addExample(const Round &round, const Core::InstructionExample &example)
{
    const QList<Core::RoundEvidence::Place> places =
        Core::RoundEvidence::quoted(example.text, round.documents, round.layers, round.batch);
    if (places.isEmpty()) {
        m_rows.append({tr("Example “%1”: not found among the %n document(s) of round %2 (compared by their "
                          "letters and digits, whatever the spaces, punctuation and case); the supervisor "
                          "may have reworded it",
                           nullptr, int(round.batch.size()))
                           .arg(shortened(example.text))
                           .arg(round.number),
            example.text, -1, 0, 0});
        return;
    }
    for (const Core::RoundEvidence::Place &place : places) {
        const QString id = round.documents.at(place.document).id();
        const QString text = place.disputed
            ? tr("Example “%1”: document %2, “%3” (%4) disputed")
                  .arg(shortened(example.text), id,
                      round.documents.at(place.document).text().mid(place.start, place.end - place.start),
                      place.disputed->type)
            : tr("Example “%1”: document %2, where the annotators agree").arg(shortened(example.text), id);
        m_rows.append(linked(place.document, place.start, place.end, text));
    }
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EvidenceModel::data(const QModelIndex &index, const int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.text;
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? row.text : row.toolTip;
    case DocumentRole:
        return row.document;
    case StartRole:
        return row.start;
    case EndRole:
        return row.end;
    case RoundRole:
        return m_round;
    default:
        return {};
    }
}

Qt::ItemFlags EvidenceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size()) {
        return Qt::NoItemFlags;
    }
    // A row that opens nothing is read, not chosen.
    return m_rows.at(index.row()).document >= 0 ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                : Qt::ItemIsEnabled;
}

} // namespace Workbench::Ui
