// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/lossreport.h"
#include "base/tagscheme.h"
#include "model/document.h"
#include "model/span.h"

#include <QByteArray>
#include <QList>

namespace Workbench::Core {

/*! \brief Writes documents and one layer's spans as CoNLL \c{token<TAB>tag}, LF line ends.
 *
 * BIO cannot hold everything a layer can: overlapping spans keep the longer (then the earlier)
 * one, spans crossing a sentence boundary are dropped, and spans not on token boundaries are
 * widened to the tokens they touch. Each such change is an entry of the loss report.
 * Usage: \c{auto out = ConllWriter::write(corpus.documents(), layer.allSpans(), {});}
 */
class ConllWriter
{
public:
    struct Options
    {
        TagScheme scheme = TagScheme::Iob2;
        bool docstart = false; //!< write "-DOCSTART-<TAB>O" and a blank line before each document
    };

    struct Output
    {
        QByteArray bytes;
        LossReport loss;
    };

    [[nodiscard]] static Output write(
        const QList<Document> &documents, const DocumentSpans &spans, const Options &options);
};

} // namespace Workbench::Core
