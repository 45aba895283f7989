// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "model/spanlayer.h"

#include <algorithm>
#include <utility>

namespace Workbench::Core {

SpanLayer::SpanLayer(const QString &name, const LayerKind kind, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_kind(kind)
{
}

SpanLayer::~SpanLayer() = default;

void SpanLayer::setName(const QString &name)
{
    if (name == m_name) {
        return;
    }
    m_name = name;
    Q_EMIT nameChanged(m_name);
}

const QList<Span> &SpanLayer::spans(const qsizetype documentIndex) const
{
    static const QList<Span> none;
    if (documentIndex < 0 || documentIndex >= m_spans.size()) {
        return none;
    }
    return m_spans.at(documentIndex);
}

qsizetype SpanLayer::spanCount() const
{
    return Core::spanCount(m_spans);
}

void SpanLayer::setSpans(DocumentSpans spans)
{
    for (qsizetype d = 0; d < spans.size(); ++d) {
        // Readers deliver sorted spans: checking first keeps the lists shared, not copied.
        const QList<Span> &list = std::as_const(spans).at(d);
        if (!std::ranges::is_sorted(list) || std::ranges::adjacent_find(list) != list.end()) {
            QList<Span> &unsorted = spans[d];
            std::ranges::sort(unsorted);
            unsorted.erase(std::unique(unsorted.begin(), unsorted.end()), unsorted.end());
        }
    }
    Q_EMIT aboutToBeReset();
    m_spans = std::move(spans);
    Q_EMIT reset();
}

qsizetype SpanLayer::insertSpan(const qsizetype documentIndex, const Span &span)
{
    if (documentIndex < 0) {
        return -1;
    }
    if (documentIndex >= m_spans.size()) {
        m_spans.resize(documentIndex + 1);
    }
    QList<Span> &list = m_spans[documentIndex];
    const auto at = std::ranges::lower_bound(list, span);
    if (at != list.end() && *at == span) {
        return -1;
    }
    const qsizetype row = std::distance(list.begin(), at);
    Q_EMIT spanAboutToBeInserted(documentIndex, row);
    list.insert(row, span);
    Q_EMIT spanInserted(documentIndex, row);
    return row;
}

bool SpanLayer::removeSpan(const qsizetype documentIndex, const qsizetype row)
{
    if (documentIndex < 0 || documentIndex >= m_spans.size() || row < 0
        || row >= m_spans.at(documentIndex).size()) {
        return false;
    }
    Q_EMIT spanAboutToBeRemoved(documentIndex, row);
    m_spans[documentIndex].removeAt(row);
    Q_EMIT spanRemoved(documentIndex, row);
    return true;
}

} // namespace Workbench::Core
