// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "layerstackmodel.h"

#include "layerlabels.h"
#include "model/corpus.h"
#include "model/layerset.h"
#include "model/spanlayer.h"
#include "model/workspace.h"
#include "views/spanpalette.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

LayerStackModel::LayerStackModel(Core::Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    Core::LayerSet *layers = &workspace->layers();
    connect(layers, &Core::LayerSet::layerInserted, this, &LayerStackModel::refresh);
    connect(layers, &Core::LayerSet::layerRemoved, this, &LayerStackModel::refresh);
    connect(&workspace->corpus(), &Core::Corpus::reset, this, [this] { setDocument(-1); });
}

LayerStackModel::~LayerStackModel() = default;

void LayerStackModel::setDocument(const qsizetype index)
{
    m_document = m_workspace && index >= 0 && index < m_workspace->corpus().size() ? index : -1;
    refresh();
}

void LayerStackModel::setOrder(const QStringList &layers)
{
    m_order = layers;
    refresh();
}

void LayerStackModel::setHidden(const QString &layer, const bool hidden)
{
    if (hidden) {
        m_hidden.insert(layer);
    } else {
        m_hidden.remove(layer);
    }
    refresh();
}

void LayerStackModel::showAll()
{
    m_hidden.clear();
    refresh();
}

void LayerStackModel::setScope(const QSet<QString> &outside, const bool byAnnotator)
{
    m_outside = outside;
    m_byAnnotator = byAnnotator;
    refresh();
}

void LayerStackModel::refresh()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void LayerStackModel::rebuild()
{
    m_tokens.clear();
    m_tokenEnds.clear();
    m_layers.clear();
    m_labels.clear();
    m_toolTips.clear();
    m_tags.clear();
    m_covers.clear();
    if (!m_workspace || m_document < 0) {
        return;
    }
    const Core::Document &document = m_workspace->corpus().document(m_document);
    QList<Core::Token> tokens;
    for (const Core::Sentence &sentence : document.sentences()) {
        tokens.append(sentence.tokens);
    }
    for (const Core::Token &token : std::as_const(tokens)) {
        m_tokens.append(document.tokenText(token).toString());
        m_tokenEnds.append(token.end);
    }
    // The user's order first, then layers not placed yet; hidden ones left out.
    QStringList names = m_order;
    for (const Core::SpanLayer *layer : m_workspace->layers().layers()) {
        if (!names.contains(layer->name())) {
            names.append(layer->name());
        }
    }
    for (const QString &name : std::as_const(names)) {
        const Core::SpanLayer *layer = m_workspace->layers().layer(name);
        if (layer == nullptr || m_hidden.contains(name) || m_outside.contains(name)) {
            continue;
        }
        QStringList tags(tokens.size());
        for (const Core::Span &span : layer->spans(m_document)) {
            bool first = true;
            for (qsizetype t = 0; t < tokens.size(); ++t) {
                if (tokens.at(t).start < span.end && span.start < tokens.at(t).end && tags.at(t).isEmpty()) {
                    tags[t] = (first ? u"B-"_s : u"I-"_s) + span.type;
                    first = false;
                }
            }
        }
        m_layers.append(layer->name());
        m_labels.append(LayerLabels::name(*layer, m_byAnnotator));
        m_toolTips.append(LayerLabels::toolTip(*layer));
        m_tags.append(tags);
        m_covers.append(!layer->uncoveredDocuments().contains(m_document));
    }
}

int LayerStackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_layers.size());
}

int LayerStackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

QVariant LayerStackModel::data(const QModelIndex &index, const int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QString &tag = m_tags.at(index.row()).at(index.column());
    if (!m_covers.at(index.row())) {
        switch (role) {
        case Qt::DisplayRole:
            return u"–"_s;
        case Qt::ToolTipRole:
            return tr("%1 does not cover this document: it gave '%2' no tag, which is a missing value "
                      "to agreement, not O")
                .arg(m_layers.at(index.row()), m_tokens.at(index.column()));
        case Qt::TextAlignmentRole:
            return Qt::AlignCenter;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return tag.isEmpty() ? u"·"_s : tag;
    case Qt::BackgroundRole: {
        if (tag.isEmpty()) {
            return {};
        }
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        return QBrush(SpanPalette(m_workspace->scheme().codes()).background(tag.mid(2), dark));
    }
    case Qt::ToolTipRole: {
        // Among the layers covering the document: one that lacks it gave no tag, not another one.
        QStringList same;
        int covering = 0;
        for (qsizetype layer = 0; layer < m_tags.size(); ++layer) {
            if (!m_covers.at(layer)) {
                continue;
            }
            ++covering;
            if (m_tags.at(layer).at(index.column()) == tag) {
                same.append(m_labels.at(layer));
            }
        }
        return tr("%1 of %n layer(s) give '%2' the tag %3: %4", nullptr, covering)
            .arg(QLocale().toString(same.size()), m_tokens.at(index.column()), tag.isEmpty() ? u"O"_s : tag,
                same.join(u", "_s));
    }
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    default:
        return {};
    }
}

QVariant LayerStackModel::headerData(
    const int section, const Qt::Orientation orientation, const int role) const
{
    if (orientation == Qt::Vertical && role == Qt::ToolTipRole && section >= 0 && section < m_layers.size()) {
        return layerToolTip(section);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return section < m_tokens.size() ? QVariant(m_tokens.at(section)) : QVariant();
    }
    return section < m_labels.size() ? QVariant(m_labels.at(section)) : QVariant();
}

QString LayerStackModel::layerToolTip(const int row) const
{
    const Core::SpanLayer *layer = m_workspace ? m_workspace->layers().layer(m_layers.at(row)) : nullptr;
    if (layer == nullptr) {
        return {};
    }
    const qsizetype documents = m_workspace->corpus().size();
    qsizetype uncovered = 0;
    for (const qsizetype document : layer->uncoveredDocuments()) {
        uncovered += document >= 0 && document < documents ? 1 : 0;
    }
    // A pilot round's layer says whose labels of which round it holds; any other its kind and source.
    QStringList lines{layer->provenance().pilot ? m_toolTips.at(row)
            : layer->provenance().source.isEmpty()
            ? tr("%1 (%2)").arg(layer->name(), Core::layerKindName(layer->kind()))
            : tr("%1 (%2), from %3")
                  .arg(layer->name(), Core::layerKindName(layer->kind()), layer->provenance().source),
        tr("Covers %1 of %n document(s).", nullptr, int(documents)).arg(documents - uncovered)};
    switch (layer->coverageOrigin()) {
    case Core::CoverageOrigin::Recorded:
        break;
    case Core::CoverageOrigin::Derived:
        lines.append(tr("Derived from the pilot's records: the project was saved before the workbench "
                        "kept which documents a layer covers."));
        break;
    case Core::CoverageOrigin::Assumed:
        lines.append(tr("Assumed: the project was saved before the workbench kept which documents a "
                        "layer covers. If the layer's file lacked documents, import it again."));
        break;
    }
    if (!m_covers.at(row)) {
        lines.append(tr("It does not cover this document."));
    }
    return lines.join(u'\n');
}

} // namespace Workbench::Ui
