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
        QStringList same;
        for (qsizetype layer = 0; layer < m_tags.size(); ++layer) {
            if (m_tags.at(layer).at(index.column()) == tag) {
                same.append(m_labels.at(layer));
            }
        }
        return tr("%1 of %2 layers give '%3' the tag %4: %5")
            .arg(same.size())
            .arg(m_layers.size())
            .arg(m_tokens.at(index.column()), tag.isEmpty() ? u"O"_s : tag, same.join(u", "_s));
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
    if (orientation == Qt::Vertical && role == Qt::ToolTipRole) {
        return m_toolTips.value(section);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return section < m_tokens.size() ? QVariant(m_tokens.at(section)) : QVariant();
    }
    return section < m_labels.size() ? QVariant(m_labels.at(section)) : QVariant();
}

} // namespace Workbench::Ui
