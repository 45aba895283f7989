// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "convertcommand.h"

#include "formats/conllreader.h"
#include "formats/conllwriter.h"
#include "verbparser.h"

#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

int runConvert(const QStringList &arguments)
{
    VerbParser verb(u"convert"_s, u"Convert a CoNLL file to CoNLL token<TAB>tag in another tag scheme."_s);
    verb.addPositional(u"IN"_s, u"The CoNLL file to read."_s);
    verb.addPositional(u"OUT"_s, u"The CoNLL file to write (replaced atomically)."_s);
    verb.parser().addOptions({
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
    const auto tagColumn = verb.positiveInt(u"tag-col"_s, 0);
    if (!tagColumn) {
        return ExitUsage;
    }
    const QString inPath = verb.positional().at(0);
    const QString outPath = verb.positional().at(1);

    const auto data = ConllReader::readFile(inPath, {.tagColumn = *tagColumn});
    if (!data) {
        CliOutput::diagnostic(data.error().toString());
        return ExitFailure;
    }
    for (const QString &warning : data->warnings) {
        CliOutput::diagnostic(warning);
    }
    const ConllWriter::Output output = ConllWriter::write(
        data->documents, data->spans, {.scheme = *scheme, .docstart = verb.parser().isSet(u"docstart"_s)});
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(output.bytes) != output.bytes.size()
        || !file.commit()) {
        CliOutput::diagnostic(u"%1:1: error: cannot write the file: %2"_s.arg(outPath, file.errorString()));
        return ExitFailure;
    }
    for (const LossReport::Entry &entry : output.loss.entries()) {
        CliOutput::diagnostic(
            u"%1:%2: warning: %3: %4"_s.arg(inPath).arg(qMax(entry.line, 1)).arg(entry.reason, entry.detail));
    }

    qsizetype spans = 0;
    for (const QList<Span> &list : data->spans) {
        spans += list.size();
    }
    if (verb.format() == OutputFormat::Json) {
        QJsonArray loss;
        for (const LossReport::Entry &entry : output.loss.entries()) {
            loss.append(QJsonObject{{u"reason"_s, entry.reason}, {u"document"_s, entry.documentId},
                {u"line"_s, entry.line}, {u"detail"_s, entry.detail}});
        }
        CliOutput::json(QJsonObject{
            {u"documents"_s, data->documents.size()},
            {u"sentences"_s, data->sentenceCount()},
            {u"spans"_s, spans},
            {u"scheme_in"_s, tagSchemeName(data->scheme)},
            {u"scheme_out"_s, tagSchemeName(*scheme)},
            {u"loss"_s, loss},
        });
    } else {
        CliOutput::text(u"%1: %2 documents, %3 sentences, %4 spans, %5 -> %6, %7 lost\n"_s.arg(outPath)
                            .arg(data->documents.size())
                            .arg(data->sentenceCount())
                            .arg(spans)
                            .arg(tagSchemeName(data->scheme), tagSchemeName(*scheme))
                            .arg(output.loss.size()));
    }
    return ExitSuccess;
}

} // namespace Workbench::Cli
