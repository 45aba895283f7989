<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CurationStepName</name>
    <message numerus="yes">
        <source>Change %n span(s) to %1</source>
        <translation>
            <numerusform>Change %n span to %1</numerusform>
            <numerusform>Change %n spans to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the type of %n span(s)</source>
        <translation>
            <numerusform>Change the type of %n span</numerusform>
            <numerusform>Change the type of %n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n span(s)</source>
        <translation>
            <numerusform>Add %n span</numerusform>
            <numerusform>Add %n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n span(s)</source>
        <translation>
            <numerusform>Remove %n span</numerusform>
            <numerusform>Remove %n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n span(s)</source>
        <translation>
            <numerusform>Edit %n span</numerusform>
            <numerusform>Edit %n spans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayerLabels</name>
    <message numerus="yes">
        <source>%n document(s) of the batch not labelled (a piece failed): missing, not &quot;no entities&quot;</source>
        <translation>
            <numerusform>%n document of the batch not labelled (a piece failed): missing, not &quot;no entities&quot;</numerusform>
            <numerusform>%n documents of the batch not labelled (a piece failed): missing, not &quot;no entities&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) not in the text: left out</source>
        <translation>
            <numerusform>%n mention not in the text: left out</numerusform>
            <numerusform>%n mentions not in the text: left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) fitting several places: one taken, a guess</source>
        <translation>
            <numerusform>%n mention fitting several places: one taken, a guess</numerusform>
            <numerusform>%n mentions fitting several places: one taken for each, a guess</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) widened to whole tokens</source>
        <translation>
            <numerusform>%n mention widened to whole tokens</numerusform>
            <numerusform>%n mentions widened to whole tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AgreementPane</name>
    <message numerus="yes">
        <source>Krippendorff&apos;s alpha and Fleiss&apos; kappa: n/a. They need at least two annotator layers to compare; found: %n (gold, aggregates and the curated layer are not compared).</source>
        <translation>
            <numerusform>Krippendorff&apos;s alpha and Fleiss&apos; kappa: n/a. They need at least two annotator layers to compare; found: %n (gold, aggregates and the curated layer are not compared).</numerusform>
            <numerusform>Krippendorff&apos;s alpha and Fleiss&apos; kappa: n/a. They need at least two annotator layers to compare; found: %n (gold, aggregates and the curated layer are not compared).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) where %1 and %2 differ; click the diagonal to show all.</source>
        <translation>
            <numerusform>%n document where %1 and %2 differ; click the diagonal to show all.</numerusform>
            <numerusform>%n documents where %1 and %2 differ; click the diagonal to show all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AllOccurrencesAction</name>
    <message numerus="yes">
        <source>%n occurrence(s) overlap another curated span and stay as they are.</source>
        <translation>
            <numerusform>%n occurrence overlaps another curated span and stays as it is.</numerusform>
            <numerusform>%n occurrences overlap another curated span and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already hold this span.</source>
        <translation>
            <numerusform>%n already holds this span.</numerusform>
            <numerusform>%n already hold this span.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n other occurrence(s) of “%1” the type %2?</source>
        <translation>
            <numerusform>Give %n other occurrence of “%1” the type %2?</numerusform>
            <numerusform>Give %n other occurrences of “%1” the type %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Annotate %n</source>
        <translation>
            <numerusform>&amp;Annotate %n</numerusform>
            <numerusform>&amp;Annotate %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AnnotatorTotals</name>
    <message numerus="yes">
        <source>%1 of %n piece(s) done</source>
        <translation>
            <numerusform>%1 of %n piece done</numerusform>
            <numerusform>%1 of %n pieces done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n mention(s) widened to whole tokens</source>
        <translation>
            <numerusform>Round %1: %n mention widened to whole tokens</numerusform>
            <numerusform>Round %1: %n mentions widened to whole tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) failed</source>
        <translation>
            <numerusform>%n piece failed</numerusform>
            <numerusform>%n pieces failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) left out of its agreement: it could not label them</source>
        <translation>
            <numerusform>%n document left out of its agreement: it could not label it</numerusform>
            <numerusform>%n documents left out of its agreement: it could not label them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n mention(s) not in the text, left out</source>
        <translation>
            <numerusform>Round %1: %n mention not in the text, left out</numerusform>
            <numerusform>Round %1: %n mentions not in the text, left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) that fit several places: one taken</source>
        <translation>
            <numerusform>%n mention that fits several places: one taken</numerusform>
            <numerusform>%n mentions that fit several places: one taken for each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::CallLogPane</name>
    <message numerus="yes">
        <source>%n call(s) about document %1, newest first.</source>
        <translation>
            <numerusform>%n call about document %1, newest first.</numerusform>
            <numerusform>%n calls about document %1, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project&apos;s latest %n call(s), newest first.</source>
        <translation>
            <numerusform>The project&apos;s latest %n call, newest first.</numerusform>
            <numerusform>The project&apos;s latest %n calls, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ConcordancePane</name>
    <message numerus="yes">
        <source>The first %n hit(s) are shown; narrow the search to see the rest.</source>
        <translation>
            <numerusform>The first %n hit is shown; narrow the search to see the rest.</numerusform>
            <numerusform>The first %n hits are shown; narrow the search to see the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::DocumentListModel</name>
    <message numerus="yes">
        <source>%n span(s) in the curated layer</source>
        <translation>
            <numerusform>%n span in the curated layer</numerusform>
            <numerusform>%n spans in the curated layer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the batch of %n pilot round(s): %1</source>
        <translation>
            <numerusform>In the batch of %n pilot round: %1</numerusform>
            <numerusform>In the batches of %n pilot rounds: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::EndpointsDialog</name>
    <message numerus="yes">
        <source>Connected: %n model(s) served.</source>
        <translation>
            <numerusform>Connected: %n model served.</numerusform>
            <numerusform>Connected: %n models served.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::EvidenceModel</name>
    <message numerus="yes">
        <source>Pattern “%1”: %n more document(s) of round %2 with such a dispute (the Disputed filter of the documents lists them)</source>
        <translation>
            <numerusform>Pattern “%1”: %n more document of round %2 with such a dispute (the Disputed filter of the documents lists it)</numerusform>
            <numerusform>Pattern “%1”: %n more documents of round %2 with such a dispute (the Disputed filter of the documents lists them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Example “%1”: not found among the %n document(s) of round %2 (compared by their letters and digits, whatever the spaces, punctuation and case); the supervisor may have reworded it</source>
        <translation>
            <numerusform>Example “%1”: not found in the %n document of round %2 (compared by its letters and digits, whatever the spaces, punctuation and case); the supervisor may have reworded it</numerusform>
            <numerusform>Example “%1”: not found among the %n documents of round %2 (compared by their letters and digits, whatever the spaces, punctuation and case); the supervisor may have reworded it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ExportDialog</name>
    <message numerus="yes">
        <source>Written to %1; %n span(s) or detail(s) could not be kept, listed below.</source>
        <translation>
            <numerusform>Written to %1; %n span or detail could not be kept, listed below.</numerusform>
            <numerusform>Written to %1; %n spans or details could not be kept, listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) the layer does not cover were left out, so that importing the file reads them as missing, not as documents without entities.</source>
        <translation>
            <numerusform>%n document the layer does not cover was left out, so that importing the file reads it as missing, not as a document without entities.</numerusform>
            <numerusform>%n documents the layer does not cover were left out, so that importing the file reads them as missing, not as documents without entities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::GuidelineHistoryPane</name>
    <message numerus="yes">
        <source>%n version(s); select one to see what it changed.</source>
        <translation>
            <numerusform>%n version; select one to see what it changed.</numerusform>
            <numerusform>%n versions; select one to see what it changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LayerStackModel</name>
    <message numerus="yes">
        <source>%1 of %n layer(s) give &apos;%2&apos; the tag %3: %4</source>
        <translation>
            <numerusform>%1 of %n layer gives &apos;%2&apos; the tag %3: %4</numerusform>
            <numerusform>%1 of %n layers give &apos;%2&apos; the tag %3: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Covers %1 of %n document(s).</source>
        <translation>
            <numerusform>Covers %1 of %n document.</numerusform>
            <numerusform>Covers %1 of %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LossReportView</name>
    <message numerus="yes">
        <source>corpus: %n document(s)</source>
        <translation>
            <numerusform>corpus: %n document</numerusform>
            <numerusform>corpus: %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s), all aligned</source>
        <translation>
            <numerusform>%n span, aligned</numerusform>
            <numerusform>%n spans, all aligned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) aligned</source>
        <translation>
            <numerusform>%n span aligned</numerusform>
            <numerusform>%n spans aligned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the corpus: %n document(s)</source>
        <translation>
            <numerusform>%1 is the corpus: %n document</numerusform>
            <numerusform>%1 is the corpus: %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) as its layer.</source>
        <translation>
            <numerusform>%n span as its layer.</numerusform>
            <numerusform>%n spans as its layer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n span(s) aligned to the corpus.</source>
        <translation>
            <numerusform>%1: %n span aligned to the corpus.</numerusform>
            <numerusform>%1: %n spans aligned to the corpus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) could not be aligned and are not imported; they are listed below.</source>
        <translation>
            <numerusform>%n span could not be aligned and is not imported; it is listed below.</numerusform>
            <numerusform>%n spans could not be aligned and are not imported; they are listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) of the file have no partner in the corpus.</source>
        <translation>
            <numerusform>%n token of the file has no partner in the corpus.</numerusform>
            <numerusform>%n tokens of the file have no partner in the corpus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are spelt differently from the corpus&apos;s and were paired anyway.</source>
        <translation>
            <numerusform>%n token is spelt differently from the corpus&apos;s and was paired anyway.</numerusform>
            <numerusform>%n tokens are spelt differently from the corpus&apos;s and were paired anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of the corpus are not in this file: agreement reads them as missing, not as documents without entities.</source>
        <translation>
            <numerusform>%n document of the corpus is not in this file: agreement reads it as missing, not as a document without entities.</numerusform>
            <numerusform>%n documents of the corpus are not in this file: agreement reads them as missing, not as documents without entities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), listed below.</source>
        <translation>
            <numerusform>%n warning, listed below.</numerusform>
            <numerusform>%n warnings, listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not aligned</source>
        <translation>
            <numerusform>%n not aligned</numerusform>
            <numerusform>%n not aligned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: pool agreement %2 over %n layer(s)</source>
        <translation>
            <numerusform>%1: pool agreement %2 over %n layer</numerusform>
            <numerusform>%1: pool agreement %2 over %n layers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::PilotController</name>
    <message numerus="yes">
        <source>No proposal awaits a decision; guideline version %1 after %n round(s).</source>
        <translation>
            <numerusform>No proposal awaits a decision; guideline version %1 after %n round.</numerusform>
            <numerusform>No proposal awaits a decision; guideline version %1 after %n rounds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ProjectOpener</name>
    <message numerus="yes">
        <source>Coverage assumed for %n layer(s): %1. The project was saved before the workbench kept which documents a layer covers, and nothing else in it says so; they are read as covering every document. If a layer&apos;s file lacked documents, import it again: agreement then counts them as missing, not as documents without entities.</source>
        <translation>
            <numerusform>Coverage assumed for %n layer: %1. The project was saved before the workbench kept which documents a layer covers, and nothing else in it says so; it is read as covering every document. If its file lacked documents, import it again: agreement then counts them as missing, not as documents without entities.</numerusform>
            <numerusform>Coverage assumed for %n layers: %1. The project was saved before the workbench kept which documents a layer covers, and nothing else in it says so; they are read as covering every document. If a layer&apos;s file lacked documents, import it again: agreement then counts them as missing, not as documents without entities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coverage derived for %n layer(s): %1. The project was saved before the workbench kept which documents a layer covers; the pilot&apos;s records (a round&apos;s batch, the documents a labelling could not label) give it.</source>
        <translation>
            <numerusform>Coverage derived for %n layer: %1. The project was saved before the workbench kept which documents a layer covers; the pilot&apos;s records (a round&apos;s batch, the documents a labelling could not label) give it.</numerusform>
            <numerusform>Coverage derived for %n layers: %1. The project was saved before the workbench kept which documents a layer covers; the pilot&apos;s records (a round&apos;s batch, the documents a labelling could not label) give it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ProposalReviewPane</name>
    <message numerus="yes">
        <source>Round %1: the supervisor proposes %n change(s)</source>
        <translation>
            <numerusform>Round %1: the supervisor proposes %n change</numerusform>
            <numerusform>Round %1: the supervisor proposes %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undecided</source>
        <translation>
            <numerusform>%n undecided</numerusform>
            <numerusform>%n undecided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundLayerRepair</name>
    <message numerus="yes">
        <source>Round layers rebuilt from the response cache: %n layer(s).</source>
        <translation>
            <numerusform>Round layers rebuilt from the response cache: %n layer.</numerusform>
            <numerusform>Round layers rebuilt from the response cache: %n layers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its batch names document %1, and the corpus has %n document(s)</source>
        <translation>
            <numerusform>its batch names document %1, and the corpus has %n document</numerusform>
            <numerusform>its batch names document %1, and the corpus has %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its replies to %n piece(s) are not in the response cache (documents %1): purged, or never kept</source>
        <translation>
            <numerusform>its reply to %n piece is not in the response cache (documents %1): purged, or never kept</numerusform>
            <numerusform>its replies to %n pieces are not in the response cache (documents %1): purged, or never kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundRecord</name>
    <message numerus="yes">
        <source>%n call(s) kept</source>
        <translation>
            <numerusform>%n call kept</numerusform>
            <numerusform>%n calls kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guideline version %1, %n document(s), pool agreement %2 (95% interval %3 to %4)</source>
        <translation>
            <numerusform>Guideline version %1, %n document, pool agreement %2 (95% interval %3 to %4)</numerusform>
            <numerusform>Guideline version %1, %n documents, pool agreement %2 (95% interval %3 to %4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundSelector</name>
    <message numerus="yes">
        <source>Round %1 (%n layer(s) missing)</source>
        <translation>
            <numerusform>Round %1 (%n layer missing)</numerusform>
            <numerusform>Round %1 (%n layers missing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotator layer(s)</source>
        <translation>
            <numerusform>%n annotator layer</numerusform>
            <numerusform>%n annotator layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundsChart</name>
    <message numerus="yes">
        <source>Cost by round (USD, at your prices; %n call(s) with no price left out)</source>
        <translation>
            <numerusform>Cost by round (USD, at your prices; %n call with no price left out)</numerusform>
            <numerusform>Cost by round (USD, at your prices; %n calls with no price left out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RunCounters</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batches: %n request(s)</source>
        <translation>
            <numerusform>Batches: %n request</numerusform>
            <numerusform>Batches: %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RunEstimate</name>
    <message numerus="yes">
        <source>Round %1: %n call(s), at most %2 tokens; no price for its models (Settings &gt; Prices).</source>
        <translation>
            <numerusform>Round %1: %n call, at most %2 tokens; no price for its models (Settings &gt; Prices).</numerusform>
            <numerusform>Round %1: %n calls, at most %2 tokens; no price for its models (Settings &gt; Prices).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n call(s), at most %2 tokens, about %3 at your prices.</source>
        <translation>
            <numerusform>Round %1: %n call, at most %2 tokens, about %3 at your prices.</numerusform>
            <numerusform>Round %1: %n calls, at most %2 tokens, about %3 at your prices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelling with %1: %n call(s), %2 answered before, about %3 tokens; no price for its model (Settings &gt; Prices).</source>
        <translation>
            <numerusform>Labelling with %1: %n call, %2 answered before, about %3 tokens; no price for its model (Settings &gt; Prices).</numerusform>
            <numerusform>Labelling with %1: %n calls, %2 answered before, about %3 tokens; no price for its model (Settings &gt; Prices).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelling with %1: %n call(s), %2 answered before, about %3 tokens; about %4 interactive, %5 by batch at your prices.</source>
        <translation>
            <numerusform>Labelling with %1: %n call, %2 answered before, about %3 tokens; about %4 interactive, %5 by batch at your prices.</numerusform>
            <numerusform>Labelling with %1: %n calls, %2 answered before, about %3 tokens; about %4 interactive, %5 by batch at your prices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RunStatus</name>
    <message numerus="yes">
        <source>The pilot has finished: %n round(s), guideline version %1.</source>
        <translation>
            <numerusform>The pilot has finished: %n round, guideline version %1.</numerusform>
            <numerusform>The pilot has finished: %n rounds, guideline version %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to continue: %n round(s) done, guideline version %1.</source>
        <translation>
            <numerusform>Ready to continue: %n round done, guideline version %1.</numerusform>
            <numerusform>Ready to continue: %n rounds done, guideline version %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelled with %1: %2 in the layer final-%1; %n piece(s) could not be labelled (listed under Failed; Retry Failed sends them again).</source>
        <translation>
            <numerusform>Labelled with %1: %2 in the layer final-%1; %n piece could not be labelled (listed under Failed; Retry Failed sends it again).</numerusform>
            <numerusform>Labelled with %1: %2 in the layer final-%1; %n pieces could not be labelled (listed under Failed; Retry Failed sends them again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying runs round %1 again: its %n failed piece(s) are sent again, every other call is answered from the cache, and the round&apos;s proposal is replaced by a new one (decisions not yet saved are lost). Press Confirm Retry to go on.</source>
        <translation>
            <numerusform>Retrying runs round %1 again: its %n failed piece is sent again, every other call is answered from the cache, and the round&apos;s proposal is replaced by a new one (decisions not yet saved are lost). Press Confirm Retry to go on.</numerusform>
            <numerusform>Retrying runs round %1 again: its %n failed pieces are sent again, every other call is answered from the cache, and the round&apos;s proposal is replaced by a new one (decisions not yet saved are lost). Press Confirm Retry to go on.</numerusform>
        </translation>
    </message>
</context>
</TS>
