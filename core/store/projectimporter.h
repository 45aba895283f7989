// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#pragma once

#include "formats/corpusimporter.h"
#include "store/projectstore.h"

#include <variant>

namespace Workbench::Core {

/*! \brief Imports annotation files into a project: the first defines the corpus, later ones
 * become layers aligned to it. Each import is one transaction: all of it lands, or nothing.
 * Usage: \c{auto r = ProjectImporter::import(store, {path, LayerKind::Gold, {}, u"gold"_s}, {});}
 */
class ProjectImporter
{
public:
    struct Outcome
    {
        ImportedLayer layer;
        bool definedCorpus = false;
        QStringList warnings;
    };
    using Failure = std::variant<ParseError, StoreError>;

    [[nodiscard]] static std::expected<Outcome, Failure> import(
        ProjectStore &store, const CorpusImporter::Source &source, const CorpusImporter::Options &options);
};

} // namespace Workbench::Core
