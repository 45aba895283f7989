// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "base/parseerror.h"
#include "formats/annotationformat.h"
#include "formats/conllreader.h"
#include "model/importedcorpus.h"

#include <QStringList>

#include <expected>
#include <optional>

namespace Workbench::Core {

/*! \brief Reads annotation files of one text as layers on one corpus.
 *
 * The first file defines the documents and tokens; every other file is aligned to them
 * (LayerProjector), so changed spellings and missing or extra tokens cost only the spans they
 * touch, each listed in that layer's loss report. Layers are named after their file names.
 * Any parse error rejects the whole import. Usage:
 * \c{auto corpus = CorpusImporter::import({{gold, LayerKind::Gold}, {system, LayerKind::System}}, {});}
 */
class CorpusImporter
{
public:
    struct Source
    {
        Source(QString path_, LayerKind kind_ = LayerKind::System,
            std::optional<AnnotationFormat> format_ = {}, QString name_ = {})
            : path(std::move(path_))
            , kind(kind_)
            , format(format_)
            , name(std::move(name_))
        {
        }

        QString path;
        LayerKind kind = LayerKind::System;
        std::optional<AnnotationFormat> format; //!< nothing: from the path (JSONL must be named)
        QString name; //!< the layer's name; empty: the file name
    };

    struct Options
    {
        ConllReader::Options conll;
    };

    [[nodiscard]] static std::expected<ImportedCorpus, ParseError> import(
        const QList<Source> &sources, const Options &options);
    //! Reads one more layer onto \a documents (a project's corpus), aligned like the others;
    //! the file's warnings are appended to \a warnings when given.
    [[nodiscard]] static std::expected<ImportedLayer, ParseError> importOnto(const QList<Document> &documents,
        const Source &source, const Options &options, QStringList *warnings = nullptr);
};

} // namespace Workbench::Core
