// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "projectcommand.h"

#include "base/countednoun.h"
#include "formats/layerfilewriter.h"
#include "model/layerkind.h"
#include "pilot/roundlayerbuilder.h"
#include "session/roundlayerrebuild.h"
#include "store/calllogrepository.h"
#include "store/corpusrepository.h"
#include "store/layerrepository.h"
#include "store/projectimporter.h"
#include "store/projectsummary.h"
#include "store/roundlayerrepository.h"
#include "verbparser.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench::Core;

namespace Workbench::Cli {

namespace {

// StoreError messages begin with the path; the CLI form is "FILE:LINE: error: message".

std::unique_ptr<ProjectStore> openStore(const QString &path, ProjectStore::Access access, int &exitCode)
{
    auto store = ProjectStore::open(path, access);
    if (!store) {
        exitCode = CliOutput::storeFailure(store.error());
        return nullptr;
    }
    return std::move(*store);
}

int runCreate(const QStringList &arguments)
{
    VerbParser verb(u"project create"_s, u"Create an empty project file."_s);
    verb.addPositional(u"FILE.dzn"_s, u"The project file to create."_s);
    verb.parser().addOption({u"force"_s, u"Replace an existing file."_s});
    if (auto exit = verb.parse(arguments, 1, 1)) {
        return *exit;
    }
    const QString path = verb.positional().first();
    auto store = ProjectStore::create(path, verb.parser().isSet(u"force"_s));
    if (!store) {
        return CliOutput::storeFailure(store.error());
    }
    if (verb.format() == OutputFormat::Json) {
        CliOutput::json(QJsonObject{{u"created"_s, path}, {u"schema_version"_s, (*store)->schemaVersion()}});
    } else {
        CliOutput::text(u"%1: created\n"_s.arg(path));
    }
    return ExitSuccess;
}

int runImport(const QStringList &arguments)
{
    VerbParser verb(u"project import"_s,
        u"Import annotation data: the first import defines the corpus; later ones "
        u"are layers aligned to it and must be named (--layer or --gold)."_s);
    verb.addPositional(u"FILE.dzn"_s, u"The project."_s);
    verb.addPositional(u"DATA"_s, u"A CoNLL, doccano or Prodigy file, or a brat directory."_s);
    verb.parser().addOptions({
        {u"layer"_s, u"The layer's name (default for the first import: the file's name)."_s, u"NAME"_s},
        {u"gold"_s, u"Import as the gold layer (named 'gold')."_s},
        {u"from"_s, u"Format of DATA: conll, doccano, prodigy or brat (default: from the name)."_s, u"F"_s},
        {u"tag-col"_s, u"1-based column of the tags in CoNLL files (default: detected)."_s, u"N"_s},
    });
    if (auto exit = verb.parse(arguments, 2, 2)) {
        return *exit;
    }
    const QString path = verb.positional().at(0);
    const QString data = verb.positional().at(1);
    const bool gold = verb.parser().isSet(u"gold"_s);
    if (gold && verb.parser().isSet(u"layer"_s)) {
        return CliOutput::usageError(verb.verb(), u"--layer and --gold exclude each other"_s);
    }
    std::optional<AnnotationFormat> format = annotationFormatForPath(data);
    if (verb.parser().isSet(u"from"_s)) {
        format = annotationFormatFromName(verb.parser().value(u"from"_s));
        if (!format) {
            return CliOutput::usageError(verb.verb(), u"--from takes conll, doccano, prodigy or brat"_s);
        }
    } else if (!format) {
        return CliOutput::usageError(
            verb.verb(), u"a .jsonl file may be doccano or Prodigy: name it with --from"_s);
    }
    const auto tagColumn = verb.number(u"tag-col"_s, 0, 1);
    if (!tagColumn) {
        return ExitUsage;
    }
    int exitCode = ExitSuccess;
    auto store = openStore(path, ProjectStore::Access::ReadWrite, exitCode);
    if (!store) {
        return exitCode;
    }
    if (!CorpusRepository(*store).isEmpty() && !gold && !verb.parser().isSet(u"layer"_s)) {
        return CliOutput::usageError(verb.verb(),
            u"the project has a corpus: name the new layer with --layer "
            u"NAME or import it as --gold"_s);
    }
    const QString name = gold ? u"gold"_s : verb.parser().value(u"layer"_s);
    if (RoundLayerBuilder::isRoundLayerName(name)) {
        return CliOutput::usageError(verb.verb(),
            u"'%1' is a pilot round's layer name (round<N>/<annotator>), kept for the pilot's layers: "
            u"name the layer another way"_s.arg(name));
    }
    const auto outcome =
        ProjectImporter::import(*store, {data, gold ? LayerKind::Gold : LayerKind::System, format, name},
            {.conll = {.tagColumn = int(*tagColumn)}});
    if (!outcome) {
        if (const auto *parse = std::get_if<ParseError>(&outcome.error())) {
            CliOutput::diagnostic(parse->toString());
            return ExitFailure;
        }
        return CliOutput::storeFailure(std::get<StoreError>(outcome.error()));
    }
    for (const QString &warning : outcome->warnings) {
        CliOutput::diagnostic(warning);
    }
    CliOutput::lossWarnings(data, outcome->layer.loss);
    const qsizetype uncovered = outcome->layer.uncoveredDocuments.size();
    if (uncovered > 0) {
        // The project keeps them with the layer; agreement reads them as missing, as on the files.
        CliOutput::diagnostic(
            u"%1:1: warning: %2 of the project's corpus %3 not in this file: "
            u"missing values to its agreement, not \"no entities\""_s.arg(
                data, CountedNoun::of(uncovered, u"document"_s), uncovered == 1 ? u"is"_s : u"are"_s));
    }
    const qsizetype spans = spanCount(outcome->layer.spans);
    if (verb.format() == OutputFormat::Json) {
        CliOutput::json(QJsonObject{{u"layer"_s, outcome->layer.name},
            {u"kind"_s, layerKindName(outcome->layer.kind)}, {u"spans"_s, spans},
            {u"defined_corpus"_s, outcome->definedCorpus}, {u"lost"_s, outcome->layer.loss.size()},
            {u"unaligned_tokens"_s, outcome->layer.unalignedTokens}, {u"uncovered_documents"_s, uncovered}});
    } else {
        CliOutput::text(u"%1: layer '%2' (%3, %4 not imported)%5\n"_s.arg(path, outcome->layer.name,
            CountedNoun::of(spans, u"span"_s), QString::number(outcome->layer.loss.size()),
            outcome->definedCorpus ? u", corpus defined"_s : QString()));
    }
    return ExitSuccess;
}

int runExport(const QStringList &arguments)
{
    VerbParser verb(u"project export"_s,
        u"Export a layer: by default the curated layer, else the gold. Only the documents the "
        u"layer covers are written: one its file lacked, or, for a round's layer (roundN/ANNOTATOR), "
        u"one outside its batch or not labelled, is left out, so that importing the file reads it as "
        u"missing again."_s,
        VerbParser::Formats::OutputAndFile);
    verb.addPositional(u"FILE.dzn"_s, u"The project."_s);
    verb.addPositional(u"OUT"_s, u"The file (a directory for brat) to write."_s);
    verb.parser().addOptions({
        {u"layer"_s, u"The layer to export."_s, u"NAME"_s},
        {u"scheme"_s, u"CoNLL tag scheme: iob1, iob2 (default) or bioes."_s, u"scheme"_s, u"iob2"_s},
        {u"docstart"_s, u"CoNLL: a -DOCSTART- line before each document."_s},
    });
    if (auto exit = verb.parse(arguments, 2, 2)) {
        return *exit;
    }
    const QString path = verb.positional().at(0);
    const QString out = verb.positional().at(1);
    const auto format =
        annotationFormatFromName(verb.fileFormat().isEmpty() ? u"conll"_s : verb.fileFormat());
    const auto scheme = tagSchemeFromName(verb.parser().value(u"scheme"_s));
    if (!format || !scheme) {
        return CliOutput::usageError(verb.verb(), u"--scheme takes iob1, iob2 or bioes"_s);
    }
    int exitCode = ExitSuccess;
    auto store = openStore(path, ProjectStore::Access::ReadOnly, exitCode);
    if (!store) {
        return exitCode;
    }
    LayerRepository layers(*store);
    std::optional<LayerRepository::StoredLayer> layer;
    if (verb.parser().isSet(u"layer"_s)) {
        layer = layers.find(verb.parser().value(u"layer"_s));
    } else {
        layer = layers.find(QString::fromLatin1(curatedLayerName));
        if (!layer) {
            layer = layers.find(u"gold"_s);
        }
    }
    if (!layer) {
        CliOutput::diagnostic(u"%1:1: error: no such layer (%2)"_s.arg(path,
            verb.parser().isSet(u"layer"_s)
                ? verb.parser().value(u"layer"_s)
                : u"neither a curated nor a gold layer; name one with --layer"_s));
        return ExitFailure;
    }
    const auto documents = CorpusRepository(*store).load();
    if (!documents) {
        return CliOutput::storeFailure(documents.error());
    }
    auto spans = layers.spans(layer->id, documents->size());
    if (!spans) {
        return CliOutput::storeFailure(spans.error());
    }
    // The documents the layer does not cover (a round's: those outside its batch or failed) are
    // left out, so that importing the file reads them as uncovered again, not as "no entities".
    const QSet<qsizetype> &uncovered = layer->uncoveredDocuments;
    const auto loss = LayerFileWriter::write(out, *format, *documents, *spans, uncovered,
        {.scheme = *scheme, .docstart = verb.parser().isSet(u"docstart"_s)});
    if (!loss) {
        CliOutput::diagnostic(loss.error().toString());
        return ExitFailure;
    }
    CliOutput::lossWarnings(out, *loss);
    const qsizetype written = documents->size() - uncovered.size();
    if (verb.format() == OutputFormat::Json) {
        CliOutput::json(QJsonObject{{u"layer"_s, layer->name}, {u"output"_s, out}, {u"documents"_s, written},
            {u"uncovered_documents"_s, uncovered.size()}, {u"lost"_s, loss->size()}});
    } else {
        QString text =
            u"%1: layer '%2', %3, %4 lost"_s.arg(out, layer->name, CountedNoun::of(written, u"document"_s))
                .arg(loss->size());
        if (!uncovered.isEmpty()) {
            text += u" (%1 the layer does not cover left out)"_s.arg(
                CountedNoun::of(uncovered.size(), u"document"_s));
        }
        CliOutput::text(text + u'\n');
    }
    return ExitSuccess;
}

int runInfo(const QStringList &arguments)
{
    VerbParser verb(u"project info"_s, u"What a project holds."_s);
    verb.addPositional(u"FILE.dzn"_s, u"The project."_s);
    if (auto exit = verb.parse(arguments, 1, 1)) {
        return *exit;
    }
    const QString path = verb.positional().first();
    int exitCode = ExitSuccess;
    auto store = openStore(path, ProjectStore::Access::ReadOnly, exitCode);
    if (!store) {
        return exitCode;
    }
    const auto summary = ProjectSummary::read(*store);
    if (!summary) {
        return CliOutput::storeFailure(summary.error());
    }
    if (verb.format() == OutputFormat::Json) {
        CliOutput::json(summary->toJson());
        return ExitSuccess;
    }
    QString text = u"%1: %2, %3, %4\n"_s.arg(path, CountedNoun::of(summary->documents, u"document"_s),
        CountedNoun::of(summary->sentences, u"sentence"_s), CountedNoun::of(summary->tokens, u"token"_s));
    for (const ProjectSummary::Layer &layer : summary->layers) {
        // One pass of arg(): a layer's name may hold "%1".
        text += u"  layer %1 (%2): %3, covers %4 of %5"_s.arg(layer.name, layer.kind,
            CountedNoun::of(layer.spans, u"span"_s), QString::number(layer.coveredDocuments),
            CountedNoun::of(summary->documents, u"document"_s));
        switch (layer.coverage) {
        case CoverageOrigin::Recorded:
            break;
        case CoverageOrigin::Derived:
            text += u" (derived from the project's pilot records: it was written before coverage was kept)"_s;
            break;
        case CoverageOrigin::Assumed:
            text += u" (assumed: the project was written before coverage was kept; if the layer's file "
                    u"lacked documents, import it again)"_s;
            break;
        }
        text += u'\n';
    }
    for (const ProjectSummary::RoundLayer &layer : summary->roundLayers) {
        const PilotOrigin &origin = layer.origin;
        // One pass of arg(): names come from the configuration and may hold "%1".
        text += u"  round %1 layer %2: annotator %3, model %4 at %5, guideline v%6, %7 over %8"_s.arg(
            QString::number(origin.round), layer.name, origin.annotator, origin.model, origin.endpoint,
            QString::number(origin.guidelineVersion), CountedNoun::of(layer.spans, u"span"_s),
            CountedNoun::of(origin.covered().size(), u"document"_s));
        if (!layer.failedDocuments.isEmpty()) {
            text += u"; not labelled: %1"_s.arg(layer.failedDocuments.join(u", "_s));
        }
        if (const qsizetype lost = layer.mentionsNotFound + layer.mentionsAmbiguous; lost > 0) {
            text += u"; %1 not found or guessed"_s.arg(CountedNoun::of(lost, u"mention"_s));
        }
        if (layer.mentionsSnapped > 0) {
            text +=
                u"; %1 widened to whole tokens"_s.arg(CountedNoun::of(layer.mentionsSnapped, u"mention"_s));
        }
        text += u"\n"_s;
    }
    for (const RoundLayerRepository::MissingLayers &missing : summary->missingRoundLayers) {
        text += u"  round %1 has no layer for %2: rebuild with 'diziner-cli project rebuild-rounds %3'\n"_s
                    .arg(missing.round)
                    .arg(missing.annotators.join(u", "_s), path);
    }
    text += u"guideline versions %1, rounds %2, calls %3, cost %4\n"_s.arg(summary->guidelineVersions)
                .arg(summary->rounds)
                .arg(summary->calls)
                .arg(summary->cost);
    CliOutput::text(text);
    return ExitSuccess;
}

int runRebuildRounds(const QStringList &arguments)
{
    VerbParser verb(u"project rebuild-rounds"_s,
        u"Make the round layers (roundN/ANNOTATOR) a project written before they were kept lacks, "
        u"from its response cache; sends nothing. An annotator whose replies are not all cached "
        u"is named, with why, and the command exits 1."_s);
    verb.addPositional(u"FILE.dzn"_s, u"The project."_s);
    if (auto exit = verb.parse(arguments, 1, 1)) {
        return *exit;
    }
    const QString path = verb.positional().first();
    int exitCode = ExitSuccess;
    auto store = openStore(path, ProjectStore::Access::ReadWrite, exitCode);
    if (!store) {
        return exitCode;
    }
    RoundLayerRebuild rebuild(*store);
    RoundLayerRebuild::Result result;
    QEventLoop loop;
    QObject::connect(
        &rebuild, &RoundLayerRebuild::finished, &loop, [&](const RoundLayerRebuild::Result &finished) {
            result = finished;
            loop.quit();
        });
    rebuild.start();
    loop.exec();
    if (result.status == RoundLayerRebuild::Result::Status::Failed) {
        CliOutput::diagnostic(result.error.contains(u": error: "_s)
                ? result.error
                : u"%1:1: error: %2"_s.arg(path, result.error));
    }
    for (const RoundLayerRepository::Renamed &renamed : std::as_const(result.renamed)) {
        CliOutput::diagnostic(u"%1:1: warning: the layer '%2' was renamed '%3': a rebuilt round layer takes "
                              u"its name; the layer itself is kept"_s.arg(path, renamed.from, renamed.to));
    }
    for (const RoundLayerRebuild::Gap &gap : std::as_const(result.gaps)) {
        CliOutput::diagnostic(
            u"%1:1: error: round %2, annotator %3 not rebuilt: %4"_s.arg(path).arg(gap.round).arg(
                gap.annotator, gap.detail()));
    }
    if (verb.format() == OutputFormat::Json) {
        QJsonArray gaps;
        for (const RoundLayerRebuild::Gap &gap : std::as_const(result.gaps)) {
            gaps.append(QJsonObject{
                {u"round"_s, gap.round}, {u"annotator"_s, gap.annotator}, {u"reason"_s, gap.detail()}});
        }
        QJsonArray renamed;
        for (const RoundLayerRepository::Renamed &layer : std::as_const(result.renamed)) {
            renamed.append(QJsonObject{{u"from"_s, layer.from}, {u"to"_s, layer.to}});
        }
        CliOutput::json(QJsonObject{{u"rebuilt"_s, QJsonArray::fromStringList(result.rebuilt)},
            {u"not_rebuilt"_s, gaps}, {u"renamed"_s, renamed},
            {u"error"_s, result.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.error)}});
    } else if (result.status != RoundLayerRebuild::Result::Status::Failed) {
        CliOutput::text(result.rebuilt.isEmpty() && result.gaps.isEmpty()
                ? u"%1: no round layer missing\n"_s.arg(path)
                : u"%1: %2 rebuilt%3\n"_s.arg(path, CountedNoun::of(result.rebuilt.size(), u"round layer"_s),
                    result.rebuilt.isEmpty() ? QString() : u": "_s + result.rebuilt.join(u", "_s)));
    }
    return result.status == RoundLayerRebuild::Result::Status::Done ? ExitSuccess : ExitFailure;
}

int runPurge(const QStringList &arguments)
{
    VerbParser verb(
        u"project purge"_s, u"Delete old LLM calls and cached responses, and compact the file."_s);
    verb.addPositional(u"FILE.dzn"_s, u"The project."_s);
    verb.parser().addOptions({
        {u"calls-older-than"_s, u"Delete calls and cache entries older than DAYS days."_s, u"DAYS"_s},
        {u"vacuum"_s, u"Compact the file afterwards (VACUUM)."_s},
        {u"retention"_s,
            u"Keep calls DAYS days from now on: saved in the project and used whenever purge is "
            u"run without --calls-older-than."_s,
            u"DAYS"_s},
    });
    if (auto exit = verb.parse(arguments, 1, 1)) {
        return *exit;
    }
    const auto olderThan = verb.number(u"calls-older-than"_s, -1, 0);
    const auto retention = verb.number(u"retention"_s, -1, 0);
    if (!olderThan || !retention) {
        return ExitUsage;
    }
    const QString path = verb.positional().first();
    int exitCode = ExitSuccess;
    auto store = openStore(path, ProjectStore::Access::ReadWrite, exitCode);
    if (!store) {
        return exitCode;
    }
    if (*retention >= 0) {
        if (auto saved = store->setMeta(u"retention.callsDays"_s, QString::number(*retention)); !saved) {
            return CliOutput::storeFailure(saved.error());
        }
    }
    const qint64 days =
        *olderThan >= 0 ? *olderThan : store->meta(u"retention.callsDays"_s, u"-1"_s).toLongLong();
    qint64 removed = 0;
    if (days >= 0) {
        const auto purged = CallLogRepository(*store).purge(QDateTime::currentDateTimeUtc().addDays(-days));
        if (!purged) {
            return CliOutput::storeFailure(purged.error());
        }
        removed = *purged;
    }
    if (verb.parser().isSet(u"vacuum"_s)) {
        if (auto compacted = store->compact(); !compacted) {
            return CliOutput::storeFailure(compacted.error());
        }
    }
    if (verb.format() == OutputFormat::Json) {
        CliOutput::json(
            QJsonObject{{u"calls_removed"_s, removed}, {u"vacuumed"_s, verb.parser().isSet(u"vacuum"_s)}});
    } else {
        CliOutput::text(u"%1: %2 removed%3\n"_s.arg(path, CountedNoun::of(removed, u"call"_s),
            verb.parser().isSet(u"vacuum"_s) ? u", compacted"_s : QString()));
    }
    return ExitSuccess;
}

} // namespace

namespace {

const QString projectHelp =
    u"Usage: diziner-cli project SUB-VERB [options] FILE.dzn [arguments]\n"
    u"\n"
    u"A project file (.dzn) holds a corpus, its layers, the pilot's rounds and its calls.\n"
    u"\n"
    u"Sub-verbs:\n"
    u"  create FILE.dzn           an empty project file (--force replaces one)\n"
    u"  import FILE.dzn DATA      the corpus (first import), then layers (--layer NAME, --gold)\n"
    u"  export FILE.dzn OUT       a layer, the documents it covers (--layer NAME, --format F)\n"
    u"  info FILE.dzn             what the project holds, each layer's coverage too\n"
    u"  purge FILE.dzn            old calls and cached responses (--calls-older-than DAYS)\n"
    u"  rebuild-rounds FILE.dzn   the round layers an older project lacks, from its cache\n"
    u"\n"
    u"'diziner-cli project SUB-VERB --help' describes each; every one takes --format text|json.\n"_s;

} // namespace

int runProject(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (VerbParser::asksForHelp(sub)) {
        CliOutput::text(projectHelp);
        return ExitSuccess;
    }
    const QStringList rest = arguments.mid(1); // the sub-verb stands where the program name would
    if (sub == u"create") {
        return runCreate(rest);
    }
    if (sub == u"import") {
        return runImport(rest);
    }
    if (sub == u"export") {
        return runExport(rest);
    }
    if (sub == u"info") {
        return runInfo(rest);
    }
    if (sub == u"purge") {
        return runPurge(rest);
    }
    if (sub == u"rebuild-rounds") {
        return runRebuildRounds(rest);
    }
    return CliOutput::usageError(u"project"_s,
        sub.isEmpty() ? u"name a sub-verb: create, import, export, info, purge or rebuild-rounds"_s
                      : u"unknown sub-verb '%1'"_s.arg(sub));
}

} // namespace Workbench::Cli
