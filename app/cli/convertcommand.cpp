// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "convertcommand.h"

#include "base/countednoun.h"
#include "formats/layerfilereader.h"
#include "formats/layerfilewriter.h"
#include "verbparser.h"

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

int runConvert(const QStringList &arguments)
{
    VerbParser verb(u"convert"_s,
        u"Convert between CoNLL, doccano JSONL, Prodigy JSONL and brat standoff. What the "
        u"output cannot hold is listed on stderr."_s);
    verb.addPositional(u"IN"_s, u"The file (a directory for brat) to read."_s);
    verb.addPositional(
        u"OUT"_s, u"The file (a directory for brat) to write; files are replaced atomically."_s);
    verb.parser().addOptions({
        {u"from"_s, u"Format of IN: conll, doccano, prodigy or brat (default: from the name)."_s, u"F"_s},
        {u"to"_s, u"Format of OUT: conll, doccano, prodigy or brat (default: from the name)."_s, u"F"_s},
        {u"scheme"_s, u"Tag scheme to write: iob1, iob2 (default) or bioes."_s, u"scheme"_s, u"iob2"_s},
        {u"docstart"_s, u"Write a -DOCSTART- line before each document."_s},
        {u"tag-col"_s, u"1-based column of the tags in IN (default: detected)."_s, u"N"_s},
    });
    if (auto exit = verb.parse(arguments, 2, 2)) {
        return *exit;
    }
    const auto scheme = tagSchemeFromName(verb.parser().value(u"scheme"_s));
    if (!scheme) {
        return CliOutput::usageError(u"convert"_s,
            u"--scheme takes iob1, iob2 or bioes, not '%1'"_s.arg(verb.parser().value(u"scheme"_s)));
    }
    const auto tagColumn = verb.number(u"tag-col"_s, 0, 1);
    if (!tagColumn) {
        return ExitUsage;
    }
    const QString inPath = verb.positional().at(0);
    const QString outPath = verb.positional().at(1);
    std::optional<AnnotationFormat> from = annotationFormatForPath(inPath);
    std::optional<AnnotationFormat> to = annotationFormatForPath(outPath);
    for (const auto &[option, format] : {std::pair{u"from"_s, &from}, std::pair{u"to"_s, &to}}) {
        if (verb.parser().isSet(option)) {
            *format = annotationFormatFromName(verb.parser().value(option));
            if (!*format) {
                return CliOutput::usageError(
                    verb.verb(), u"--%1 takes conll, doccano, prodigy or brat"_s.arg(option));
            }
        } else if (!*format) {
            return CliOutput::usageError(
                verb.verb(), u"a .jsonl file may be doccano or Prodigy: name it with --%1"_s.arg(option));
        }
    }

    const auto data = LayerFileReader::read(inPath, *from, {.tagColumn = int(*tagColumn)});
    if (!data) {
        CliOutput::diagnostic(data.error().toString());
        return ExitFailure;
    }
    for (const QString &warning : data->warnings) {
        CliOutput::diagnostic(warning);
    }
    LossReport loss = data->loss; // what reading already could not carry (brat's discontinuous spans)
    // A file covers every document it holds: nothing to leave out.
    const auto written = LayerFileWriter::write(outPath, *to, data->documents, data->spans, {},
        {.scheme = *scheme, .docstart = verb.parser().isSet(u"docstart"_s)});
    if (!written) {
        CliOutput::diagnostic(written.error().toString());
        return ExitFailure;
    }
    loss.append(*written);
    CliOutput::lossWarnings(inPath, loss);

    const qsizetype spans = spanCount(data->spans);
    if (verb.format() == OutputFormat::Json) {
        CliOutput::json(QJsonObject{
            {u"documents"_s, data->documents.size()},
            {u"spans"_s, spans},
            {u"from"_s, annotationFormatName(*from)},
            {u"to"_s, annotationFormatName(*to)},
            {u"scheme_in"_s, data->tagScheme},
            {u"scheme_out"_s, *to == AnnotationFormat::Conll ? tagSchemeName(*scheme) : QString()},
            {u"loss"_s, loss.toJson()},
        });
    } else {
        CliOutput::text(u"%1: %2, %3, %4 -> %5, %6 lost\n"_s.arg(outPath,
            CountedNoun::of(data->documents.size(), u"document"_s), CountedNoun::of(spans, u"span"_s),
            annotationFormatName(*from), annotationFormatName(*to), QString::number(loss.size())));
    }
    return ExitSuccess;
}

} // namespace Workbench::Cli
