// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "aggregatecontroller.h"

#include "background.h"
#include "dialogs/aggregatedialog.h"
#include "model/corpus.h"
#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "projectaccess.h"
#include "store/layerrepository.h"
#include "workspacelayers.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

AggregateController::AggregateController(Core::Workspace *workspace, ProjectAccess *access, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_access(access)
{
}

AggregateController::~AggregateController() = default;

void AggregateController::choose(QWidget *parent)
{
    QStringList annotators;
    QStringList taken;
    QStringList aggregates;
    for (const Core::SpanLayer *layer : m_workspace->layers().layers()) {
        // The layers of the scope shown: one round's, when a round is.
        if (WorkspaceLayers::isAnnotator(layer) && !m_scope.outside.contains(layer->name())) {
            annotators.append(layer->name());
        }
        (layer->kind() == Core::LayerKind::Aggregate ? aggregates : taken).append(layer->name());
    }
    const QString suffix =
        m_scope.kind == RoundScope::Kind::Round ? u"-round%1"_s.arg(m_scope.round) : QString();
    auto *dialog = new AggregateDialog(annotators, taken, aggregates, suffix, parent);
    dialog->setObjectName(u"aggregateDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { build(dialog->layers(), dialog->options(), dialog->name()); });
    dialog->open();
}

void AggregateController::build(
    const QStringList &layers, const Core::Aggregator::Options &options, const QString &name)
{
    QList<Core::AnnotatorLayer> chosen;
    for (const QString &layerName : layers) {
        if (const Core::SpanLayer *layer = m_workspace->layers().layer(layerName)) {
            chosen.append({layer->name(), layer->allSpans(), layer->uncoveredDocuments()});
        }
    }
    const Core::SpanLayer *existing = m_workspace->layers().layer(name);
    if (chosen.size() < 2 || name.isEmpty() || (existing && existing->kind() != Core::LayerKind::Aggregate)) {
        const QString error = tr("An aggregate needs two layers and a name no other layer has.");
        Q_EMIT message(error);
        Q_EMIT built(name, error);
        return;
    }
    Q_EMIT message(tr("Building the aggregate %1…").arg(name));
    // Values only cross to the worker; the project is opened only to save what was built.
    Background::run(
        this,
        [documents = m_workspace->corpus().documents(), chosen, options, name,
            created = QDateTime::currentDateTimeUtc()] {
            return Core::Aggregator::aggregateLayer(
                Core::TokenGrid(documents), chosen, options, name, created);
        },
        [this](const Core::ImportedLayer &layer) {
            if (m_projectPath.isEmpty()) {
                adopt(layer);
            } else {
                save(layer);
            }
        });
}

void AggregateController::save(const Core::ImportedLayer &layer)
{
    m_access->run(
        m_projectPath, ProjectAccess::Mode::Write, this,
        [layer](Core::ProjectStore &store) { return Core::LayerRepository(store).replace(layer); },
        [this, layer](const ProjectAccess::Outcome<qint64> &saved) {
            if (saved) {
                adopt(layer);
            } else {
                fail(layer.name, saved.error());
            }
        });
}

void AggregateController::fail(const QString &name, const QString &error)
{
    Q_EMIT message(tr("The aggregate was not built: %1").arg(error));
    Q_EMIT built(name, error);
}

void AggregateController::adopt(const Core::ImportedLayer &built)
{
    if (!m_workspace) {
        return;
    }
    Core::SpanLayer *layer = m_workspace->layers().layer(built.name);
    if (layer == nullptr) {
        layer = m_workspace->layers().addLayer(built.name, Core::LayerKind::Aggregate);
    }
    layer->setProvenance(built.provenance);
    layer->setUncoveredDocuments(built.uncoveredDocuments);
    layer->setSpans(built.spans);
    layer->setUncoveredDocuments(built.uncoveredDocuments);
    Q_EMIT message(m_projectPath.isEmpty()
            ? tr("Aggregate %1 built; no project is open, so it is not kept.").arg(built.name)
            : tr("Aggregate %1 built and saved in the project.").arg(built.name));
    Q_EMIT this->built(built.name, {});
}

} // namespace Workbench::Ui
