<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CostText</name>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>%1 + no price</source>
        <extracomment>%1: what the calls with a price cost; the others&apos; models have none</extracomment>
        <translation>%1 + kein Preis</translation>
    </message>
    <message>
        <source>%1 USD</source>
        <translation>%1 USD</translation>
    </message>
    <message>
        <source>%1 USD + no price</source>
        <extracomment>%1: what the calls with a price cost; the others&apos; models have none</extracomment>
        <translation>%1 USD + kein Preis</translation>
    </message>
</context>
<context>
    <name>CurationStepName</name>
    <message>
        <source>“%1”</source>
        <comment>a span&apos;s words quoted in a menu entry</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>%1 als %2 markieren</translation>
    </message>
    <message>
        <source>Remove %1 (%2)</source>
        <translation>%1 (%2) entfernen</translation>
    </message>
    <message>
        <source>Change %1 to %2</source>
        <translation>%1 zu %2 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change %n span(s) to %1</source>
        <translation>
            <numerusform>%n Spanne zu %1 ändern</numerusform>
            <numerusform>%n Spannen zu %1 ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the type of %n span(s)</source>
        <translation>
            <numerusform>Typ von %n Spanne ändern</numerusform>
            <numerusform>Typ von %n Spannen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n span(s)</source>
        <translation>
            <numerusform>%n Spanne hinzufügen</numerusform>
            <numerusform>%n Spannen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n span(s)</source>
        <translation>
            <numerusform>%n Spanne entfernen</numerusform>
            <numerusform>%n Spannen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n span(s)</source>
        <translation>
            <numerusform>%n Spanne bearbeiten</numerusform>
            <numerusform>%n Spannen bearbeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LayerLabels</name>
    <message>
        <source>%1: %2&apos;s labels of round %3, model %4 (endpoint %5), guideline version %6</source>
        <translation>%1: die Labels von %2 aus Runde %3, Modell %4 (Endpunkt %5), Richtlinie in Version %6</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of the batch not labelled (a piece failed): missing, not &quot;no entities&quot;</source>
        <translation>
            <numerusform>%n Dokument des Stapels nicht gelabelt (ein Abschnitt schlug fehl): fehlend, nicht „keine Entitäten“</numerusform>
            <numerusform>%n Dokumente des Stapels nicht gelabelt (ein Abschnitt schlug fehl): fehlend, nicht „keine Entitäten“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) not in the text: left out</source>
        <translation>
            <numerusform>%n Erwähnung nicht im Text: ausgelassen</numerusform>
            <numerusform>%n Erwähnungen nicht im Text: ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) fitting several places: one taken, a guess</source>
        <translation>
            <numerusform>%n Erwähnung passt an mehrere Stellen: eine gewählt, geraten</numerusform>
            <numerusform>%n Erwähnungen passen an mehrere Stellen: je eine gewählt, geraten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) widened to whole tokens</source>
        <translation>
            <numerusform>%n Erwähnung auf ganze Token erweitert</numerusform>
            <numerusform>%n Erwähnungen auf ganze Token erweitert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundLayerNotes</name>
    <message>
        <source>Layers &gt; Rebuild Round Layers, or diziner-cli project rebuild-rounds, restores them from the project&apos;s response cache.</source>
        <translation>Ebenen &gt; Rundenebenen neu erstellen oder diziner-cli project rebuild-rounds stellt sie aus dem Antwort-Cache des Projekts wieder her.</translation>
    </message>
    <message>
        <source>Round %1&apos;s labels are not in this project: its batch is listed, without its annotators&apos; layers (%2) or figures.</source>
        <translation>Die Labels der Runde %1 sind nicht in diesem Projekt: Ihr Stapel wird aufgeführt, ohne die Ebenen ihrer Annotatoren (%2) und ohne Kennzahlen.</translation>
    </message>
    <message>
        <source>The labels of %1 in round %2 are not in this project: the figures shown leave them out and differ from the round&apos;s summary.</source>
        <translation>Die Labels von %1 in Runde %2 sind nicht in diesem Projekt: Die gezeigten Kennzahlen lassen sie aus und weichen von der Zusammenfassung der Runde ab.</translation>
    </message>
    <message>
        <source>## Round layers missing

This project lacks some annotators&apos; labels of its pilot rounds (it was written before each round&apos;s labels were kept as layers, or a layer was deleted):

</source>
        <translation>## Rundenebenen fehlen

Diesem Projekt fehlen die Labels einiger Annotatoren aus seinen Pilotrunden (es wurde geschrieben, bevor die Labels jeder Runde als Ebenen aufbewahrt wurden, oder eine Ebene wurde gelöscht):

</translation>
    </message>
    <message>
        <source>- round %1: %2</source>
        <translation>- Runde %1: %2</translation>
    </message>
    <message>
        <source>Those rounds are shown with the layers present only, so their figures differ from the rounds&apos; summaries (summary.json).</source>
        <translation>Diese Runden werden nur mit den vorhandenen Ebenen gezeigt, daher weichen ihre Kennzahlen von den Zusammenfassungen der Runden (summary.json) ab.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AboutDialog</name>
    <message>
        <source>About DiZiNER Workbench</source>
        <translation>Über DiZiNER Workbench</translation>
    </message>
    <message>
        <source>CC BY 4.0</source>
        <translation>CC BY 4.0</translation>
    </message>
    <message>
        <source>CC BY-SA 4.0</source>
        <translation>CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version</source>
        <translation>GNU General Public License, Version 3 oder jede spätere Version</translation>
    </message>
    <message>
        <source>DiZiNER Workbench %1</source>
        <translation>DiZiNER Workbench %1</translation>
    </message>
    <message>
        <source>A pilot annotation workbench for named-entity recognition: several annotators label the same text, the workbench shows where they disagree, and the guideline improves round by round.</source>
        <translation>Eine Werkbank für Pilot-Annotationen in der Eigennamenerkennung: mehrere Annotatoren kennzeichnen denselben Text, die Werkbank zeigt, wo sie uneins sind, und die Richtlinie wird Runde um Runde besser.</translation>
    </message>
    <message>
        <source>Licence: %1 (GPL-3.0-or-later).</source>
        <translation>Lizenz: %1 (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2).</source>
        <translation>Qt %1 (erstellt mit Qt %2).</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The sample project is the test set of WNUT-17 Emerging and Rare Entities (Derczynski, Nichols, van Erp and Limsopatham, 2017) with the outputs of the seven systems of its shared task, unchanged, from %1; licence %2.</source>
        <translation>Das Beispielprojekt ist die Testmenge von WNUT-17 Emerging and Rare Entities (Derczynski, Nichols, van Erp und Limsopatham, 2017) mit den Ausgaben der sieben Systeme seiner Shared Task, unverändert, aus %1; Lizenz %2.</translation>
    </message>
    <message>
        <source>The Universal NER scheme offered for new projects paraphrases the annotation guidelines of Universal NER (Mayhew et al., 2024), %1, whose data is licensed %2.</source>
        <translation>Das für neue Projekte angebotene Universal-NER-Schema gibt die Annotationsrichtlinien von Universal NER (Mayhew et al., 2024), %1, sinngemäß wieder; dessen Daten stehen unter %2.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AggregateController</name>
    <message>
        <source>An aggregate needs two layers and a name no other layer has.</source>
        <translation>Eine aggregierte Ebene braucht zwei Ebenen und einen Namen, den keine andere Ebene trägt.</translation>
    </message>
    <message>
        <source>Building the aggregate %1…</source>
        <translation>Die aggregierte Ebene %1 wird erstellt…</translation>
    </message>
    <message>
        <source>The aggregate was not built: %1</source>
        <translation>Die aggregierte Ebene wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Aggregate %1 built and saved in the project.</source>
        <translation>Aggregierte Ebene %1 erstellt und im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>Aggregate %1 built; no project is open, so it is not kept.</source>
        <translation>Aggregierte Ebene %1 erstellt; kein Projekt ist geöffnet, daher wird sie nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AggregateDialog</name>
    <message>
        <source>Build an Aggregate Layer</source>
        <translation>Aggregierte Ebene erstellen</translation>
    </message>
    <message>
        <source>Weighted by agreement (per token)</source>
        <translation>Nach Übereinstimmung gewichtet (je Token)</translation>
    </message>
    <message>
        <source>Plurality (per token)</source>
        <translation>Mehrheit (je Token)</translation>
    </message>
    <message>
        <source>Span vote</source>
        <translation>Abstimmung über Annotationen</translation>
    </message>
    <message>
        <source>Weighted: each annotator&apos;s vote counts by how much it agrees with the others, never by gold. Plurality: the label most annotators give a token. Span vote: every span enough annotators give.</source>
        <translation>Gewichtet: die Stimme jedes Annotators zählt danach, wie sehr er mit den anderen übereinstimmt, nie nach Gold. Mehrheit: das Label, das die meisten Annotatoren einem Token geben. Abstimmung: jede Annotation, die genug Annotatoren geben.</translation>
    </message>
    <message>
        <source>a majority</source>
        <translation>eine Mehrheit</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Span &amp;vote minimum:</source>
        <translation>Mindest&amp;stimmen:</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>E&amp;benen:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Choose at least two layers.</source>
        <translation>Wählen Sie mindestens zwei Ebenen.</translation>
    </message>
    <message>
        <source>Name the new layer.</source>
        <translation>Benennen Sie die neue Ebene.</translation>
    </message>
    <message>
        <source>A layer named %1 exists and is not an aggregate; choose another name.</source>
        <translation>Eine Ebene namens %1 existiert und ist keine aggregierte Ebene; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The aggregate %1 will be replaced.</source>
        <translation>Die aggregierte Ebene %1 wird ersetzt.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AgreementPane</name>
    <message>
        <source>Click a cell to list the documents where its two layers differ.</source>
        <translation>Klicken Sie auf eine Zelle, um die Dokumente aufzulisten, in denen sich die beiden Ebenen unterscheiden.</translation>
    </message>
    <message>
        <source>Agreement over all spans, or over the spans of one type</source>
        <translation>Übereinstimmung über alle Annotationen oder über die eines Typs</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>All documents.</source>
        <translation>Alle Dokumente.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) where %1 and %2 differ; click the diagonal to show all.</source>
        <translation>
            <numerusform>%n Dokument, in dem sich %1 und %2 unterscheiden; ein Klick auf die Diagonale zeigt wieder alle.</numerusform>
            <numerusform>%n Dokumente, in denen sich %1 und %2 unterscheiden; ein Klick auf die Diagonale zeigt wieder alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement of all layers at once over tokens, as reports state it: Krippendorff&apos;s alpha (with its bootstrap 95% interval over documents) and Fleiss&apos; kappa, on the BIO labels and on the entity type alone</source>
        <translation>Übereinstimmung aller Ebenen zugleich über Tokens, wie Berichte sie angeben: Krippendorffs Alpha (mit seinem Bootstrap-95-%-Intervall über Dokumente) und Fleiss’ Kappa, auf den BIO-Labels und auf dem Entitätstyp allein</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha %1%2 (BIO), %3 (type) · Fleiss&apos; kappa %4 (BIO), %5 (type)</source>
        <translation>Krippendorffs Alpha %1%2 (BIO), %3 (Typ) · Fleiss’ Kappa %4 (BIO), %5 (Typ)</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Entitätstyp</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorffs Alpha</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss’ Kappa</translation>
    </message>
    <message>
        <source>Per entity type, that type against everything else: Krippendorff&apos;s alpha with its bootstrap 95% interval over documents, and Fleiss&apos; kappa; empty where a coefficient is undefined</source>
        <translation>Je Entitätstyp, dieser Typ gegen alles andere: Krippendorffs Alpha mit seinem Bootstrap-95-%-Intervall über Dokumente und Fleiss’ Kappa; leer, wo ein Koeffizient nicht definiert ist</translation>
    </message>
    <message numerus="yes">
        <source>Krippendorff&apos;s alpha and Fleiss&apos; kappa: n/a. They need at least two annotator layers to compare; found: %n (gold, aggregates and the curated layer are not compared).</source>
        <translation>
            <numerusform>Krippendorffs Alpha und Fleiss’ Kappa: nicht verfügbar. Sie brauchen mindestens zwei Annotator-Ebenen zum Vergleich; gefunden: %n (Gold, Aggregate und die kuratierte Ebene werden nicht verglichen).</numerusform>
            <numerusform>Krippendorffs Alpha und Fleiss’ Kappa: nicht verfügbar. Sie brauchen mindestens zwei Annotator-Ebenen zum Vergleich; gefunden: %n (Gold, Aggregate und die kuratierte Ebene werden nicht verglichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1, %2]</source>
        <translation>[%1; %2]</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AgreementScatter</name>
    <message>
        <source>With a gold layer, each layer&apos;s agreement with the others is set against its F1 on gold here.</source>
        <translation>Mit einer Gold-Ebene wird hier die Übereinstimmung jeder Ebene mit den anderen ihrem F1-Wert gegen Gold gegenübergestellt.</translation>
    </message>
    <message>
        <source>Mean agreement with the other layers</source>
        <translation>Mittlere Übereinstimmung mit den anderen Ebenen</translation>
    </message>
    <message>
        <source>F1 on gold</source>
        <translation>F1 gegen Gold</translation>
    </message>
    <message>
        <source>Agreement against F1 on gold (Pearson r = %1)</source>
        <translation>Übereinstimmung und F1 gegen Gold (Pearson r = %1)</translation>
    </message>
    <message>
        <source>Agreement against F1 on gold</source>
        <translation>Übereinstimmung und F1 gegen Gold</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AllOccurrencesAction</name>
    <message>
        <source>Annotate All &amp;Occurrences…</source>
        <translation>Alle &amp;Vorkommen annotieren…</translation>
    </message>
    <message>
        <source>Give the type of the curated span under the cursor to every other occurrence of its words in the corpus (O in the text)</source>
        <translation>Den Typ der kuratierten Annotation unter dem Cursor allen anderen Vorkommen ihrer Wörter im Korpus geben (O im Text)</translation>
    </message>
    <message>
        <source>Put the cursor in a curated span: its type then goes to every other occurrence of its words.</source>
        <translation>Setzen Sie den Cursor in eine kuratierte Annotation: Ihr Typ geht dann an alle anderen Vorkommen ihrer Wörter.</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) overlap another curated span and stay as they are.</source>
        <translation>
            <numerusform>%n Vorkommen überschneidet sich mit einer anderen kuratierten Annotation und bleibt, wie es ist.</numerusform>
            <numerusform>%n Vorkommen überschneiden sich mit einer anderen kuratierten Annotation und bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already hold this span.</source>
        <translation>
            <numerusform>%n hat diese Annotation bereits.</numerusform>
            <numerusform>%n haben diese Annotation bereits.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other occurrence of “%1” to annotate.</source>
        <translation>Kein weiteres Vorkommen von „%1“ zu annotieren.</translation>
    </message>
    <message numerus="yes">
        <source>Give %n other occurrence(s) of “%1” the type %2?</source>
        <translation>
            <numerusform>%n weiterem Vorkommen von „%1“ den Typ %2 geben?</numerusform>
            <numerusform>%n weiteren Vorkommen von „%1“ den Typ %2 geben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotate All Occurrences</source>
        <translation>Alle Vorkommen annotieren</translation>
    </message>
    <message>
        <source>One undo takes them all back.</source>
        <translation>Ein Rückgängig nimmt alle zurück.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Annotate %n</source>
        <translation>
            <numerusform>%n &amp;annotieren</numerusform>
            <numerusform>%n &amp;annotieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AnnotatorTotals</name>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation>Fehlgeschlagene Aufrufe</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Tokens ein</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Tokens aus</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Snapped</source>
        <translation>Eingerastet</translation>
    </message>
    <message>
        <source>Mentions widened to the whole corpus tokens they cut into (&quot;Obama&quot; for the token &quot;#Obama&quot;), in the last round analysed</source>
        <translation>Erwähnungen, die auf die ganzen Korpus-Token erweitert wurden, in die sie hineinschneiden (&quot;Obama&quot; für das Token &quot;#Obama&quot;), in der zuletzt ausgewerteten Runde</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n piece(s) done</source>
        <translation>
            <numerusform>%1 von %n Abschnitt erledigt</numerusform>
            <numerusform>%1 von %n Abschnitten erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n mention(s) widened to whole tokens</source>
        <translation>
            <numerusform>Runde %1: %n Erwähnung auf ganze Token erweitert</numerusform>
            <numerusform>Runde %1: %n Erwähnungen auf ganze Token erweitert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) failed</source>
        <translation>
            <numerusform>%n Abschnitt fehlgeschlagen</numerusform>
            <numerusform>%n Abschnitte fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>The round&apos;s calls are not in the project&apos;s call log</source>
        <translation>Die Aufrufe der Runde stehen nicht im Aufrufprotokoll des Projekts</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) left out of its agreement: it could not label them</source>
        <translation>
            <numerusform>%n Dokument bei seiner Übereinstimmung ausgelassen: es konnte nicht annotiert werden</numerusform>
            <numerusform>%n Dokumente bei seiner Übereinstimmung ausgelassen: sie konnten nicht annotiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentions widened to the whole corpus tokens they cut into (&quot;Obama&quot; for the token &quot;#Obama&quot;), in round %1</source>
        <translation>Erwähnungen, die auf die ganzen Korpus-Token erweitert wurden, in die sie hineinschneiden (&quot;Obama&quot; für das Token &quot;#Obama&quot;), in Runde %1</translation>
    </message>
    <message>
        <source>done</source>
        <comment>every piece of the annotator&apos;s in the round labelled</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Nicht platziert</translation>
    </message>
    <message>
        <source>Mentions the annotator named that are not in the text (left out), or that fit several places (one taken, a guess); shown for a round the project keeps</source>
        <translation>Erwähnungen des Annotators, die nicht im Text stehen (ausgelassen) oder an mehrere Stellen passen (eine gewählt, geraten); gezeigt für eine Runde, die das Projekt speichert</translation>
    </message>
    <message>
        <source>supervisor</source>
        <comment>the row of the supervisor&apos;s calls</comment>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>embeddings</source>
        <comment>the row of the calls that fetched the pool&apos;s embeddings</comment>
        <translation>Embeddings</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n mention(s) not in the text, left out</source>
        <translation>
            <numerusform>Runde %1: %n Erwähnung nicht im Text, ausgelassen</numerusform>
            <numerusform>Runde %1: %n Erwähnungen nicht im Text, ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) that fit several places: one taken</source>
        <translation>
            <numerusform>%n Erwähnung, die an mehrere Stellen passt: eine gewählt</numerusform>
            <numerusform>%n Erwähnungen, die an mehrere Stellen passen: je eine gewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>document %1: %2</source>
        <translation>Dokument %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::CallLogModel</name>
    <message>
        <source>Response:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out, %3 reasoning</source>
        <translation>%1 Eingabe, %2 Ausgabe, %3 Reasoning</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::CallLogPane</name>
    <message>
        <source>Calls about this document</source>
        <translation>Aufrufe zu diesem Dokument</translation>
    </message>
    <message>
        <source>The project&apos;s latest calls</source>
        <translation>Die neuesten Aufrufe des Projekts</translation>
    </message>
    <message>
        <source>Select a call to see its request and response (keys redacted).</source>
        <translation>Wählen Sie einen Aufruf, um Anfrage und Antwort zu sehen (Schlüssel geschwärzt).</translation>
    </message>
    <message>
        <source>Calls are kept in project files; this corpus has none.</source>
        <translation>Aufrufe werden in Projektdateien gespeichert; dieses Korpus hat keine.</translation>
    </message>
    <message>
        <source>No document is shown.</source>
        <translation>Es wird kein Dokument angezeigt.</translation>
    </message>
    <message>
        <source>Reading the call log…</source>
        <translation>Das Aufrufprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>The call log could not be read: %1</source>
        <translation>Das Aufrufprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) about document %1, newest first.</source>
        <translation>
            <numerusform>%n Aufruf zu Dokument %1, die neuesten zuerst.</numerusform>
            <numerusform>%n Aufrufe zu Dokument %1, die neuesten zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project&apos;s latest %n call(s), newest first.</source>
        <translation>
            <numerusform>Der neueste Aufruf des Projekts (%n).</numerusform>
            <numerusform>Die neuesten %n Aufrufe des Projekts, die neuesten zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ConcordancePane</name>
    <message>
        <source>Search the corpus (any case)</source>
        <translation>Im Korpus suchen (Groß- und Kleinschreibung egal)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message numerus="yes">
        <source>The first %n hit(s) are shown; narrow the search to see the rest.</source>
        <translation>
            <numerusform>Der erste %n Treffer wird angezeigt; grenzen Sie die Suche ein, um die übrigen zu sehen.</numerusform>
            <numerusform>Die ersten %n Treffer werden angezeigt; grenzen Sie die Suche ein, um die übrigen zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::CorpusView</name>
    <message>
        <source>Curation saved.</source>
        <translation>Kuratierung gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The annotator layers agree on every document shown.</source>
        <translation>Die Annotator-Ebenen sind sich in jedem angezeigten Dokument einig.</translation>
    </message>
    <message>
        <source>Curation is saved in a project: open one with File &gt; Open Project.</source>
        <translation>Kuratierung wird in einem Projekt gespeichert: Öffnen Sie eines über Datei &gt; Projekt öffnen.</translation>
    </message>
    <message>
        <source>Nothing changed: the curated layer already held that.</source>
        <translation>Nichts geändert: Die kuratierte Ebene enthielt das bereits.</translation>
    </message>
    <message>
        <source>Document %1 is not among the documents of the round shown: choose “All layers” in the round selector to open it.</source>
        <translation>Dokument %1 gehört nicht zu den Dokumenten der gezeigten Runde: Wählen Sie in der Rundenauswahl „Alle Ebenen“, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The document is not in the corpus open.</source>
        <translation>Das Dokument ist nicht im geöffneten Korpus.</translation>
    </message>
    <message>
        <source>Nothing accepted: layer %1 does not cover this document (it was not in the layer&apos;s batch, or the annotator could not label it).</source>
        <translation>Nichts übernommen: Ebene %1 deckt dieses Dokument nicht ab (es war nicht in ihrem Stapel, oder der Annotator konnte es nicht labeln).</translation>
    </message>
    <message>
        <source>Nothing accepted: layer %1 marks nothing in this document.</source>
        <translation>Nichts übernommen: Ebene %1 markiert in diesem Dokument nichts.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::DocumentListModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) in the curated layer</source>
        <translation>
            <numerusform>%n Annotation in der kuratierten Ebene</numerusform>
            <numerusform>%n Annotationen in der kuratierten Ebene</numerusform>
        </translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>Kuratiert</translation>
    </message>
    <message numerus="yes">
        <source>In the batch of %n pilot round(s): %1</source>
        <translation>
            <numerusform>Im Stapel von %n Pilotrunde: %1</numerusform>
            <numerusform>Im Stapel von %n Pilotrunden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>No agreement: fewer than two annotator layers cover this document (the others lack it), so there is no pair to compare</source>
        <translation>Keine Übereinstimmung: weniger als zwei Annotator-Ebenen decken dieses Dokument ab (den anderen fehlt es), also gibt es kein Paar zum Vergleichen</translation>
    </message>
    <message>
        <source>Mean strict span F1 over every pair of annotator layers covering this document</source>
        <translation>Mittlerer strikter Span-F1 über alle Paare von Annotator-Ebenen, die dieses Dokument abdecken</translation>
    </message>
    <message>
        <source>No agreement to show: no annotator layer marked anything in this document, and agreeing on finding nothing says nothing of their quality</source>
        <translation>Keine Übereinstimmung anzuzeigen: Keine Annotator-Ebene hat in diesem Dokument etwas markiert, und Einigkeit darüber, nichts zu finden, sagt nichts über ihre Qualität</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no agreement value</comment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::DocumentView</name>
    <message>
        <source>The layer whose spans are drawn over the text</source>
        <translation>Die Ebene, deren Annotationen über dem Text angezeigt werden</translation>
    </message>
    <message>
        <source>No spans in this layer for this document.</source>
        <translation>Diese Ebene enthält für dieses Dokument keine Annotationen.</translation>
    </message>
    <message>
        <source>Every layer&apos;s tags for this document; drag a layer&apos;s name to move it, right-click it to hide it.</source>
        <translation>Die Tags aller Ebenen für dieses Dokument; ziehen Sie den Namen einer Ebene, um sie zu verschieben, ein Rechtsklick blendet sie aus.</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <source>Show All Layers</source>
        <translation>Alle Ebenen einblenden</translation>
    </message>
    <message>
        <source>Other layers as &amp;bars</source>
        <translation>Andere Ebenen als Balken &amp;unter dem Text</translation>
    </message>
    <message>
        <source>Draw the other layers of the stack below as bars under each line, coloured by type; hover the text to see which layers agree</source>
        <translation>Die anderen Ebenen des Stapels unten als Balken unter jeder Zeile zeichnen, nach Typ gefärbt; zeigen Sie auf den Text, um zu sehen, welche Ebenen übereinstimmen</translation>
    </message>
    <message>
        <source>Bars under each line, top to bottom: %1</source>
        <translation>Balken unter jeder Zeile, von oben nach unten: %1</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <source>Remove the curated spans at the selection or the cursor</source>
        <translation>Die kuratierten Spannen an der Auswahl oder am Cursor entfernen</translation>
    </message>
    <message>
        <source>Accept the drawn layer&apos;s spans of this document into the curated layer</source>
        <translation>Die Spannen der gezeichneten Ebene in diesem Dokument in die kuratierte Ebene übernehmen</translation>
    </message>
    <message>
        <source>Next document where the annotator layers disagree</source>
        <translation>Nächstes Dokument, in dem die Annotator-Ebenen uneins sind</translation>
    </message>
    <message>
        <source>Previous document where the annotator layers disagree</source>
        <translation>Voriges Dokument, in dem die Annotator-Ebenen uneins sind</translation>
    </message>
    <message>
        <source>Mark the selection as %1, or change the curated span under the cursor to it</source>
        <translation>Die Auswahl als %1 markieren oder die kuratierte Spanne unter dem Cursor dazu ändern</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::DocumentsPane</name>
    <message>
        <source>Filter documents by text</source>
        <translation>Dokumente nach Text filtern</translation>
    </message>
    <message>
        <source>Only documents where the annotator layers disagree on a span of this type</source>
        <translation>Nur Dokumente, in denen sich die Annotator-Ebenen bei einer Annotation dieses Typs uneinig sind</translation>
    </message>
    <message>
        <source>Only documents with a hotspot of this class (method.md section 5)</source>
        <translation>Nur Dokumente mit einem Brennpunkt dieser Klasse (method.md, Abschnitt 5)</translation>
    </message>
    <message>
        <source>Hotspots: any</source>
        <translation>Brennpunkte: alle</translation>
    </message>
    <message>
        <source>Hotspots: the elite split</source>
        <translation>Brennpunkte: Elite uneins</translation>
    </message>
    <message>
        <source>Hotspots: systematic bias</source>
        <translation>Brennpunkte: systematische Verzerrung</translation>
    </message>
    <message>
        <source>Hotspots: complex</source>
        <translation>Brennpunkte: komplex</translation>
    </message>
    <message>
        <source>Hotspots: minor</source>
        <translation>Brennpunkte: gering</translation>
    </message>
    <message>
        <source>Disputed: any type</source>
        <translation>Strittig: jeder Typ</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>Strittig: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Curation is kept in a project: open one with File &gt; Open Project.</source>
        <translation>Kuratierung wird in einem Projekt gespeichert: öffnen Sie eines mit Datei &gt; Projekt öffnen.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>No curation to undo</source>
        <translation>Keine Kuratierung rückgängig zu machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>No curation to redo</source>
        <translation>Keine Kuratierung zu wiederholen</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::EndpointKeys</name>
    <message>
        <source>Endpoint %1 needs a key and has none: store one for it in Settings &gt; Endpoints and Keys, or name an environment variable holding it with key_env in the pilot configuration.</source>
        <translation>Endpunkt %1 braucht einen Schlüssel und hat keinen: Speichern Sie einen unter Einstellungen &gt; Endpunkte und Schlüssel, oder nennen Sie in der Pilotkonfiguration mit key_env eine Umgebungsvariable, die ihn enthält.</translation>
    </message>
    <message>
        <source>Endpoint %1 needs a key and has none: store one for it in Settings &gt; Endpoints and Keys, or set the environment variable %2 before starting the workbench.</source>
        <translation>Endpunkt %1 braucht einen Schlüssel und hat keinen: Speichern Sie einen unter Einstellungen &gt; Endpunkte und Schlüssel, oder setzen Sie die Umgebungsvariable %2, bevor Sie die Workbench starten.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::EndpointsDialog</name>
    <message>
        <source>Endpoints and Keys</source>
        <translation>Endpunkte und Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>a short name, e.g. openai</source>
        <translation>ein kurzer Name, z. B. openai</translation>
    </message>
    <message>
        <source>Azure only</source>
        <translation>nur für Azure</translation>
    </message>
    <message>
        <source>Allow plain http to this host (your text travels unencrypted)</source>
        <translation>Unverschlüsseltes http zu diesem Host erlauben (Ihre Texte werden unverschlüsselt übertragen)</translation>
    </message>
    <message>
        <source>a PEM file of extra certificate authorities</source>
        <translation>eine PEM-Datei mit zusätzlichen Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>paste a key to store it in the system keychain</source>
        <translation>Schlüssel einfügen, um ihn im Schlüsselbund des Systems zu speichern</translation>
    </message>
    <message>
        <source>Store &amp;Key</source>
        <translation>&amp;Schlüssel speichern</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Local only: refuse every endpoint that is not this machine</source>
        <translation>&amp;Nur lokal: jeden Endpunkt ablehnen, der nicht auf diesem Rechner läuft</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>Deployment:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API-Version:</translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation>CA-Bündel:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Models served:</source>
        <translation>Angebotene Modelle:</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain.</source>
        <translation>Ein Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No key is stored for this endpoint.</source>
        <translation>Für diesen Endpunkt ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) served.</source>
        <translation>
            <numerusform>Verbunden: %n Modell wird angeboten.</numerusform>
            <numerusform>Verbunden: %n Modelle werden angeboten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Schlüsselbund wird durchsucht…</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>Der Schlüssel wird gespeichert…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Every endpoint needs a name.</source>
        <translation>Jeder Endpunkt braucht einen Namen.</translation>
    </message>
    <message>
        <source>Two endpoints are named %1.</source>
        <translation>Zwei Endpunkte heißen %1.</translation>
    </message>
    <message>
        <source>The base URL is not valid.</source>
        <translation>Die Basis-URL ist ungültig.</translation>
    </message>
    <message>
        <source>%1 (open project)</source>
        <translation>%1 (offenes Projekt)</translation>
    </message>
    <message>
        <source>It names no environment variable for its key (key_env).</source>
        <translation>Die Konfiguration nennt keine Umgebungsvariable für seinen Schlüssel (key_env).</translation>
    </message>
    <message>
        <source>Its key may also come from the environment variable %1, which is not set.</source>
        <translation>Sein Schlüssel kann auch aus der Umgebungsvariable %1 kommen, die nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>Its key may also come from the environment variable %1, which is set.</source>
        <translation>Sein Schlüssel kann auch aus der Umgebungsvariable %1 kommen, die gesetzt ist.</translation>
    </message>
    <message>
        <source>From the open project&apos;s pilot configuration: shown here, changed there. A key stored here is found by the project&apos;s runs.</source>
        <translation>Aus der Pilotkonfiguration des offenen Projekts: hier angezeigt, dort geändert. Ein hier gespeicherter Schlüssel wird von den Läufen des Projekts gefunden.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::EvidenceList</name>
    <message>
        <source>Evide&amp;nce in round %1 (click to open the document with every annotator&apos;s layer of the round):</source>
        <translation>Belege in &amp;Runde %1 (ein Klick öffnet das Dokument mit der Ebene jedes Annotators der Runde):</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::EvidenceModel</name>
    <message>
        <source>Open %1 in round %2, every annotator&apos;s layer of the round stacked under it</source>
        <translation>%1 in Runde %2 öffnen, darunter die Ebene jedes Annotators der Runde</translation>
    </message>
    <message>
        <source>Pattern “%1”: no document of round %2 has a disputed span of type %3</source>
        <translation>Muster „%1“: kein Dokument der Runde %2 hat eine strittige Annotation vom Typ %3</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Pattern “%1”: document %2, “%3” (%4) disputed</source>
        <translation>Muster „%1“: Dokument %2, „%3“ (%4) strittig</translation>
    </message>
    <message numerus="yes">
        <source>Pattern “%1”: %n more document(s) of round %2 with such a dispute (the Disputed filter of the documents lists them)</source>
        <translation>
            <numerusform>Muster „%1“: %n weiteres Dokument der Runde %2 mit einem solchen Streitfall (der Filter „Strittig“ der Dokumente listet es)</numerusform>
            <numerusform>Muster „%1“: %n weitere Dokumente der Runde %2 mit einem solchen Streitfall (der Filter „Strittig“ der Dokumente listet sie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Example “%1”: not found among the %n document(s) of round %2 (compared by their letters and digits, whatever the spaces, punctuation and case); the supervisor may have reworded it</source>
        <translation>
            <numerusform>Beispiel „%1“: nicht gefunden im %n Dokument der Runde %2 (verglichen nach Buchstaben und Ziffern, gleich welche Leerzeichen, Satzzeichen und Schreibung); der Supervisor hat es vielleicht umformuliert</numerusform>
            <numerusform>Beispiel „%1“: nicht gefunden unter den %n Dokumenten der Runde %2 (verglichen nach Buchstaben und Ziffern, gleich welche Leerzeichen, Satzzeichen und Schreibung); der Supervisor hat es vielleicht umformuliert</numerusform>
        </translation>
    </message>
    <message>
        <source>Example “%1”: document %2, “%3” (%4) disputed</source>
        <translation>Beispiel „%1“: Dokument %2, „%3“ (%4) strittig</translation>
    </message>
    <message>
        <source>Example “%1”: document %2, where the annotators agree</source>
        <translation>Beispiel „%1“: Dokument %2, wo die Annotatoren übereinstimmen</translation>
    </message>
    <message>
        <source>Round %1&apos;s labels are not in this project, so its documents cannot be opened.</source>
        <translation>Die Labels der Runde %1 sind nicht in diesem Projekt, daher lassen sich ihre Dokumente nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ExportDialog</name>
    <message>
        <source>Export a Layer</source>
        <translation>Ebene exportieren</translation>
    </message>
    <message>
        <source>A -DOCSTART- line before each document</source>
        <translation>Eine -DOCSTART--Zeile vor jedem Dokument</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Each format keeps and loses different things; what this export loses is listed here.</source>
        <translation>Jedes Format bewahrt und verliert anderes; was bei diesem Export verloren geht, steht hier.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>CoNLL tags:</source>
        <translation>CoNLL-Tags:</translation>
    </message>
    <message>
        <source>Export as brat: choose a directory</source>
        <translation>Als brat exportieren: Verzeichnis wählen</translation>
    </message>
    <message>
        <source>Export Layer</source>
        <translation>Ebene exportieren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Written to %1; nothing was lost.</source>
        <translation>Nach %1 geschrieben; nichts ging verloren.</translation>
    </message>
    <message numerus="yes">
        <source>Written to %1; %n span(s) or detail(s) could not be kept, listed below.</source>
        <translation>
            <numerusform>Nach %1 geschrieben; %n Annotation oder Angabe konnte nicht erhalten werden, siehe unten.</numerusform>
            <numerusform>Nach %1 geschrieben; %n Annotationen oder Angaben konnten nicht erhalten werden, siehe unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) the layer does not cover were left out, so that importing the file reads them as missing, not as documents without entities.</source>
        <translation>
            <numerusform>%n Dokument, das die Ebene nicht abdeckt, wurde weggelassen, damit ein Import der Datei es als fehlend liest, nicht als Dokument ohne Entitäten.</numerusform>
            <numerusform>%n Dokumente, die die Ebene nicht abdeckt, wurden weggelassen, damit ein Import der Datei sie als fehlend liest, nicht als Dokumente ohne Entitäten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::FailedPieces</name>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Pieces that could not be labelled; select one to see the raw reply</source>
        <translation>Abschnitte, die nicht annotiert werden konnten; wählen Sie einen aus, um die Rohantwort zu sehen</translation>
    </message>
    <message>
        <source>%1 could not label document %2 (from character %3): %4</source>
        <translation>%1 konnte Dokument %2 (ab Zeichen %3) nicht annotieren: %4</translation>
    </message>
    <message>
        <source>Raw reply:</source>
        <translation>Rohantwort:</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New Pilot Project…</source>
        <translation>&amp;Neues Pilotprojekt…</translation>
    </message>
    <message>
        <source>&amp;Export a Layer…</source>
        <translation>Ebene e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>DiZiNER projects (*.dzn);;All files (*)</source>
        <translation>DiZiNER-Projekte (*.dzn);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Project from &amp;Files…</source>
        <translation>Neues Projekt aus &amp;Dateien…</translation>
    </message>
    <message>
        <source>A corpus file and the annotations of systems or people, each shown with what could not be aligned before the project is written</source>
        <translation>Eine Korpusdatei und die Annotationen von Systemen oder Personen, jede mit dem, was nicht ausgerichtet werden konnte, bevor das Projekt geschrieben wird</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::GuidelineHistoryPane</name>
    <message>
        <source>Open a pilot project to see its guideline versions.</source>
        <translation>Öffnen Sie ein Pilotprojekt, um die Versionen seiner Richtlinie zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Make this text the newest version again; no version is lost</source>
        <translation>Diesen Text wieder zur neuesten Version machen; keine Version geht verloren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save this version as Markdown or HTML</source>
        <translation>Diese Version als Markdown oder HTML speichern</translation>
    </message>
    <message>
        <source>Export Guideline</source>
        <translation>Richtlinie exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Version 0 (the starting point)</source>
        <translation>Version 0 (Ausgangspunkt)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s); select one to see what it changed.</source>
        <translation>
            <numerusform>%n Version; wählen Sie eine aus, um zu sehen, was sie geändert hat.</numerusform>
            <numerusform>%n Versionen; wählen Sie eine aus, um zu sehen, was sie geändert hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from version %1 (removed words struck out, added words underlined):</source>
        <translation>Änderungen gegenüber Version %1 (gestrichene Wörter durchgestrichen, neue unterstrichen):</translation>
    </message>
    <message>
        <source>no version %1</source>
        <translation>keine Version %1</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The workbench&apos;s guide, in the program that opens Markdown files</source>
        <translation>Das Handbuch der Werkbank, in dem Programm, das Markdown-Dateien öffnet</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About DiZiNER Workbench</source>
        <translation>Über DiZiNER &amp;Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed. It is README.md and docs/guide/ of the source, and is installed under share/doc.</source>
        <translation>Das Benutzerhandbuch ist nicht installiert. Es besteht aus README.md und docs/guide/ der Quellen und wird unter share/doc installiert.</translation>
    </message>
    <message>
        <source>No program opened the user guide. It is here: %1</source>
        <translation>Kein Programm hat das Benutzerhandbuch geöffnet. Es liegt hier: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ImportLayerDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import Layer</source>
        <translation>Ebene importieren</translation>
    </message>
    <message>
        <source>Open a project first: layers are imported into it.</source>
        <translation>Öffnen Sie zuerst ein Projekt: Ebenen werden in es importiert.</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>Schreibe in %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LabellingChoice</name>
    <message>
        <source>The guideline version to label under</source>
        <translation>Die Version der Richtlinie, unter der annotiert wird</translation>
    </message>
    <message>
        <source>The annotator to label with</source>
        <translation>Der Annotator, mit dem annotiert wird</translation>
    </message>
    <message>
        <source>Interactive calls, or the provider&apos;s batch engine: half the price, results within 24 hours</source>
        <translation>Einzelne Aufrufe oder die Batch-Verarbeitung des Anbieters: zum halben Preis, Ergebnisse innerhalb von 24 Stunden</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>Einzelaufrufe</translation>
    </message>
    <message>
        <source>OpenAI batch</source>
        <translation>OpenAI-Batch</translation>
    </message>
    <message>
        <source>Anthropic batch</source>
        <translation>Anthropic-Batch</translation>
    </message>
    <message>
        <source>Guideline the rounds chose (v%1)</source>
        <translation>Richtlinie nach Wahl der Runden (v%1)</translation>
    </message>
    <message>
        <source>Guideline the rounds chose</source>
        <translation>Richtlinie nach Wahl der Runden</translation>
    </message>
    <message>
        <source>Guideline v%1</source>
        <translation>Richtlinie v%1</translation>
    </message>
    <message>
        <source>The one that agreed most (%1)</source>
        <translation>Der mit der höchsten Übereinstimmung (%1)</translation>
    </message>
    <message>
        <source>The one that agreed most</source>
        <translation>Der mit der höchsten Übereinstimmung</translation>
    </message>
    <message>
        <source>No round has run yet: nothing to choose by.</source>
        <translation>Noch keine Runde ist gelaufen: nichts, wonach gewählt werden könnte.</translation>
    </message>
    <message>
        <source>Labels with %1 under guideline v%2: %3</source>
        <translation>Annotiert mit %1 unter Richtlinie v%2: %3</translation>
    </message>
    <message>
        <source>(the annotator is your choice)</source>
        <translation>(der Annotator ist Ihre Wahl)</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LabellingControls</name>
    <message>
        <source>Label every document with one annotator under the current guideline; the first press shows what it costs</source>
        <translation>Jedes Dokument mit einem Annotator nach der aktuellen Richtlinie annotieren; der erste Klick zeigt, was es kostet</translation>
    </message>
    <message>
        <source>Cancel the pending batches at the provider, so that they cost no more; what they answered so far is labelled</source>
        <translation>Die ausstehenden Batches beim Anbieter abbrechen, damit sie nichts mehr kosten; was sie bisher beantwortet haben, wird annotiert</translation>
    </message>
    <message>
        <source>Label the C&amp;orpus…</source>
        <translation>&amp;Korpus annotieren…</translation>
    </message>
    <message>
        <source>Start Labelli&amp;ng (no price)</source>
        <translation>Annotieren &amp;starten (kein Preis)</translation>
    </message>
    <message>
        <source>Start Labelli&amp;ng (about %1)</source>
        <translation>Annotieren &amp;starten (etwa %1)</translation>
    </message>
    <message>
        <source>C&amp;ancel Batches</source>
        <translation>Batches abbre&amp;chen</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LayerFileList</name>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>Lesen &amp;stoppen</translation>
    </message>
    <message>
        <source>Layer name</source>
        <translation>Ebenenname</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Add the corpus file first: its documents and tokens are the project&apos;s, its annotations a layer. Every file added after it is aligned to it as a layer of its own.</source>
        <translation>Fügen Sie zuerst die Korpusdatei hinzu: Ihre Dokumente und Tokens werden die des Projekts, ihre Annotationen eine Ebene. Jede danach hinzugefügte Datei wird als eigene Ebene an ihr ausgerichtet.</translation>
    </message>
    <message>
        <source>Add the files to import: each is aligned to the project&apos;s corpus as a layer of its own.</source>
        <translation>Fügen Sie die zu importierenden Dateien hinzu: Jede wird als eigene Ebene am Korpus des Projekts ausgerichtet.</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;brat Folder…</source>
        <translation>brat-&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add Annotation Files</source>
        <translation>Annotationsdateien hinzufügen</translation>
    </message>
    <message>
        <source>All files (*);;CoNLL files (*.conll *.conllu *.iob2 *.bio *.txt *.tsv);;JSON lines (*.jsonl *.json)</source>
        <translation>Alle Dateien (*);;CoNLL-Dateien (*.conll *.conllu *.iob2 *.bio *.txt *.tsv);;JSON Lines (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Add a brat Folder</source>
        <translation>brat-Ordner hinzufügen</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Lese %1 (%2 von %3)…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>waits for a corpus file that can be read</source>
        <translation>wartet auf eine lesbare Korpusdatei</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Add the corpus file.</source>
        <translation>Fügen Sie die Korpusdatei hinzu.</translation>
    </message>
    <message>
        <source>Add the files to import.</source>
        <translation>Fügen Sie die zu importierenden Dateien hinzu.</translation>
    </message>
    <message>
        <source>%1 could not be read: remove it, or correct it and add it again. Nothing is written while a file fails.</source>
        <translation>%1 konnte nicht gelesen werden: Entfernen Sie die Datei oder korrigieren Sie sie und fügen Sie sie erneut hinzu. Solange eine Datei fehlschlägt, wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Die Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>The layer of %1 needs a name.</source>
        <translation>Die Ebene von %1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>Two layers are named %1: rename one.</source>
        <translation>Zwei Ebenen heißen %1: Benennen Sie eine um.</translation>
    </message>
    <message>
        <source>The project has a layer named %1 already: rename the new one.</source>
        <translation>Das Projekt hat bereits eine Ebene namens %1: Benennen Sie die neue um.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LayerStackModel</name>
    <message>
        <source>%1 does not cover this document: it gave &apos;%2&apos; no tag, which is a missing value to agreement, not O</source>
        <translation>%1 deckt dieses Dokument nicht ab: „%2“ hat dort kein Tag, ein fehlender Wert für die Übereinstimmung, nicht O</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n layer(s) give &apos;%2&apos; the tag %3: %4</source>
        <translation>
            <numerusform>%1 von %n Ebene gibt „%2“ das Tag %3: %4</numerusform>
            <numerusform>%1 von %n Ebenen geben „%2“ das Tag %3: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), from %3</source>
        <translation>%1 (%2), aus %3</translation>
    </message>
    <message numerus="yes">
        <source>Covers %1 of %n document(s).</source>
        <translation>
            <numerusform>Deckt %1 von %n Dokument ab.</numerusform>
            <numerusform>Deckt %1 von %n Dokumenten ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Derived from the pilot&apos;s records: the project was saved before the workbench kept which documents a layer covers.</source>
        <translation>Aus den Aufzeichnungen des Piloten abgeleitet: Das Projekt wurde gespeichert, bevor die Workbench festhielt, welche Dokumente eine Ebene abdeckt.</translation>
    </message>
    <message>
        <source>Assumed: the project was saved before the workbench kept which documents a layer covers. If the layer&apos;s file lacked documents, import it again.</source>
        <translation>Angenommen: Das Projekt wurde gespeichert, bevor die Workbench festhielt, welche Dokumente eine Ebene abdeckt. Fehlten der Datei der Ebene Dokumente, importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>It does not cover this document.</source>
        <translation>Sie deckt dieses Dokument nicht ab.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LossReportView</name>
    <message>
        <source>Not kept</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message numerus="yes">
        <source>corpus: %n document(s)</source>
        <translation>
            <numerusform>Korpus: %n Dokument</numerusform>
            <numerusform>Korpus: %n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n Span</numerusform>
            <numerusform>%n Spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s), all aligned</source>
        <translation>
            <numerusform>%n Span, ausgerichtet</numerusform>
            <numerusform>%n Spans, alle ausgerichtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) aligned</source>
        <translation>
            <numerusform>%n Span ausgerichtet</numerusform>
            <numerusform>%n Spans ausgerichtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the corpus: %n document(s)</source>
        <translation>
            <numerusform>%1 ist das Korpus: %n Dokument</numerusform>
            <numerusform>%1 ist das Korpus: %n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) as its layer.</source>
        <translation>
            <numerusform>%n Span als seine Ebene.</numerusform>
            <numerusform>%n Spans als seine Ebene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n span(s) aligned to the corpus.</source>
        <translation>
            <numerusform>%1: %n Span am Korpus ausgerichtet.</numerusform>
            <numerusform>%1: %n Spans am Korpus ausgerichtet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every span of the file was aligned.</source>
        <translation>Jeder Span der Datei wurde ausgerichtet.</translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) could not be aligned and are not imported; they are listed below.</source>
        <translation>
            <numerusform>%n Span konnte nicht ausgerichtet werden und wird nicht importiert; er steht unten.</numerusform>
            <numerusform>%n Spans konnten nicht ausgerichtet werden und werden nicht importiert; sie stehen unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) of the file have no partner in the corpus.</source>
        <translation>
            <numerusform>%n Token der Datei hat kein Gegenstück im Korpus.</numerusform>
            <numerusform>%n Tokens der Datei haben kein Gegenstück im Korpus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are spelt differently from the corpus&apos;s and were paired anyway.</source>
        <translation>
            <numerusform>%n Token ist anders geschrieben als im Korpus und wurde dennoch zugeordnet.</numerusform>
            <numerusform>%n Tokens sind anders geschrieben als im Korpus und wurden dennoch zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of the corpus are not in this file: agreement reads them as missing, not as documents without entities.</source>
        <translation>
            <numerusform>%n Dokument des Korpus ist nicht in dieser Datei: Die Übereinstimmung liest es als fehlend, nicht als Dokument ohne Entitäten.</numerusform>
            <numerusform>%n Dokumente des Korpus sind nicht in dieser Datei: Die Übereinstimmung liest sie als fehlend, nicht als Dokumente ohne Entitäten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), listed below.</source>
        <translation>
            <numerusform>%n Warnung, unten aufgeführt.</numerusform>
            <numerusform>%n Warnungen, unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>on no token</source>
        <translation>auf keinem Token</translation>
    </message>
    <message>
        <source>begins or ends inside a token</source>
        <translation>beginnt oder endet innerhalb eines Tokens</translation>
    </message>
    <message>
        <source>first or last token not in the corpus</source>
        <translation>erstes oder letztes Token nicht im Korpus</translation>
    </message>
    <message>
        <source>tokens differ from the corpus&apos;s</source>
        <translation>Tokens weichen vom Korpus ab</translation>
    </message>
    <message>
        <source>would cross a sentence boundary</source>
        <translation>würde eine Satzgrenze überschreiten</translation>
    </message>
    <message>
        <source>in a document the file does not cover</source>
        <translation>in einem Dokument, das die Datei nicht abdeckt</translation>
    </message>
    <message>
        <source>discontinuous</source>
        <translation>nicht zusammenhängend</translation>
    </message>
    <message>
        <source>overlaps another span</source>
        <translation>überlappt einen anderen Span</translation>
    </message>
    <message numerus="yes">
        <source>%n not aligned</source>
        <translation>
            <numerusform>%n nicht ausgerichtet</numerusform>
            <numerusform>%n nicht ausgerichtet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::MainWindow</name>
    <message>
        <source>DiZiNER Workbench</source>
        <translation>DiZiNER Workbench</translation>
    </message>
    <message>
        <source>About this data</source>
        <translation>Über diese Daten</translation>
    </message>
    <message>
        <source>Agreement between layers</source>
        <translation>Übereinstimmung zwischen Ebenen</translation>
    </message>
    <message>
        <source>The language changes when the workbench starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start der Workbench.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n Ebene</numerusform>
            <numerusform>%n Ebenen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open: %1</source>
        <translation>Öffnen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Instruction review</source>
        <translation>Prüfung der Anweisungen</translation>
    </message>
    <message>
        <source>Guideline versions</source>
        <translation>Versionen der Richtlinie</translation>
    </message>
    <message>
        <source>Pilot run</source>
        <translation>Pilotlauf</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Stop the pilot run before opening another project.</source>
        <translation>Halten Sie den Pilotlauf an, bevor Sie ein anderes Projekt öffnen.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Disagreement</source>
        <translation>&amp;Nächste Uneinigkeit</translation>
    </message>
    <message>
        <source>The next document where the annotator layers disagree (N in the text)</source>
        <translation>Das nächste Dokument, in dem sich die Annotator-Ebenen uneinig sind (N im Text)</translation>
    </message>
    <message>
        <source>&amp;Previous Disagreement</source>
        <translation>&amp;Vorige Uneinigkeit</translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>Konkordanz</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Aufrufprotokoll</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>Ebe&amp;nen</translation>
    </message>
    <message>
        <source>Build &amp;Aggregate Layer…</source>
        <translation>&amp;Aggregierte Ebene erstellen…</translation>
    </message>
    <message>
        <source>One label-free layer from the annotator layers, to curate from</source>
        <translation>Eine Ebene aus den Annotatorebenen, ohne Gold, als Grundlage der Kuratierung</translation>
    </message>
    <message>
        <source>The rounds&apos; layers were not read: %1</source>
        <translation>Die Ebenen der Runden wurden nicht gelesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: pool agreement %2 over %n layer(s)</source>
        <translation>
            <numerusform>%1: Gesamtübereinstimmung %2 über %n Ebene</numerusform>
            <numerusform>%1: Gesamtübereinstimmung %2 über %n Ebenen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the pilot run before rebuilding the round layers.</source>
        <translation>Halten Sie den Pilotlauf an, bevor Sie die Rundenebenen neu erstellen.</translation>
    </message>
    <message>
        <source>Rebuild &amp;Round Layers</source>
        <translation>Rundenebenen &amp;neu erstellen</translation>
    </message>
    <message>
        <source>The rounds&apos; annotator layers an older project lacks, made again from its response cache (nothing is sent)</source>
        <translation>Die Annotator-Ebenen der Runden, die einem älteren Projekt fehlen, neu aus seinem Antwort-Cache erstellt (nichts wird gesendet)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>&amp;Import Layer…</source>
        <translation>Ebene &amp;importieren…</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::MatrixModel</name>
    <message>
        <source>%1 and %2: strict span F1 %3</source>
        <translation>%1 und %2: strikter Span-F1 %3</translation>
    </message>
    <message>
        <source>%1. %2 (mean %3)</source>
        <translation>%1. %2 (Mittelwert %3)</translation>
    </message>
    <message>
        <source>%1 and %2: strict span F1 %3 on %4</source>
        <translation>%1 und %2: strikter Span-F1 %3 bei %4</translation>
    </message>
    <message>
        <source>%1 and %2: no document in common, so nothing was measured</source>
        <translation>%1 und %2: kein gemeinsames Dokument, daher wurde nichts gemessen</translation>
    </message>
    <message>
        <source>%1. %2 (no mean: no document in common with another layer)</source>
        <translation>%1. %2 (kein Mittelwert: kein gemeinsames Dokument mit einer anderen Ebene)</translation>
    </message>
    <message>
        <source>Layers %1 and %2</source>
        <translation>Ebenen %1 und %2</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::NewProjectFromFilesDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>E&amp;rstellen</translation>
    </message>
    <message>
        <source>New Project from Files</source>
        <translation>Neues Projekt aus Dateien</translation>
    </message>
    <message>
        <source>The first file is the corpus: its documents and tokens become the project&apos;s, its annotations a layer. Each file after it is aligned to the corpus as a layer of its own; what cannot be aligned is listed before anything is written.</source>
        <translation>Die erste Datei ist das Korpus: Ihre Dokumente und Tokens werden die des Projekts, ihre Annotationen eine Ebene. Jede weitere Datei wird als eigene Ebene am Korpus ausgerichtet; was sich nicht ausrichten lässt, wird aufgeführt, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>The project file to create (.dzn)</source>
        <translation>Die anzulegende Projektdatei (.dzn)</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>&amp;Projektdatei:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>DiZiNER projects (*.dzn);;All files (*)</source>
        <translation>DiZiNER-Projekte (*.dzn);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Name the project file to create.</source>
        <translation>Nennen Sie die anzulegende Projektdatei.</translation>
    </message>
    <message>
        <source>%1 exists: choose it with Choose… to replace it, or name another file.</source>
        <translation>%1 existiert: Wählen Sie die Datei mit „Wählen…“, um sie zu ersetzen, oder nennen Sie eine andere.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Schreibe %1…</translation>
    </message>
    <message>
        <source>Stopped: no project was written.</source>
        <translation>Abgebrochen: Es wurde kein Projekt geschrieben.</translation>
    </message>
    <message>
        <source>The project was not written: %1</source>
        <translation>Das Projekt wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::NewProjectWizard</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>New Pilot Project</source>
        <translation>Neues Pilotprojekt</translation>
    </message>
    <message>
        <source>a new .dzn file</source>
        <translation>eine neue .dzn-Datei</translation>
    </message>
    <message>
        <source>CoNLL, doccano or Prodigy JSONL, brat, or plain text</source>
        <translation>CoNLL, doccano- oder Prodigy-JSONL, brat oder reiner Text</translation>
    </message>
    <message>
        <source>optional: only ever scored, never shown to the annotators</source>
        <translation>optional: dient nur zur Bewertung, die Annotatoren sehen sie nie</translation>
    </message>
    <message>
        <source>Name a project file ending in .dzn.</source>
        <translation>Geben Sie eine Projektdatei mit der Endung .dzn an.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation>%1 existiert bereits; wählen Sie eine neue Datei.</translation>
    </message>
    <message>
        <source>Choose the corpus to annotate.</source>
        <translation>Wählen Sie das zu annotierende Korpus.</translation>
    </message>
    <message>
        <source>The gold file %1 does not exist.</source>
        <translation>Die Gold-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>The texts to annotate, and where the project keeps everything about them.</source>
        <translation>Die zu annotierenden Texte und wo das Projekt alles darüber festhält.</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>Projektdatei:</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>DiZiNER projects (*.dzn)</source>
        <translation>DiZiNER-Projekte (*.dzn)</translation>
    </message>
    <message>
        <source>Corpus:</source>
        <translation>Korpus:</translation>
    </message>
    <message>
        <source>Gold:</source>
        <translation>Gold:</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>WNUT-17 (emerging entities)</source>
        <translation>WNUT-17 (neue und seltene Entitäten)</translation>
    </message>
    <message>
        <source>CoNLL-2003 (PER, LOC, ORG, MISC)</source>
        <translation>CoNLL-2003 (PER, LOC, ORG, MISC)</translation>
    </message>
    <message>
        <source>Universal NER (PER, LOC, ORG)</source>
        <translation>Universal NER (PER, LOC, ORG)</translation>
    </message>
    <message>
        <source>Write my own</source>
        <translation>Eigenes Schema schreiben</translation>
    </message>
    <message>
        <source>Where the texts come from, what the labels are for, what matters most</source>
        <translation>Woher die Texte stammen, wozu die Labels dienen, worauf es am meisten ankommt</translation>
    </message>
    <message>
        <source>The scheme is not a JSON object: %1</source>
        <translation>Das Schema ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The scheme: %1</source>
        <translation>Das Schema: %1</translation>
    </message>
    <message>
        <source>Say what the annotation is for: the supervisor rewrites the guideline towards it.</source>
        <translation>Sagen Sie, wozu die Annotation dient: Der Supervisor richtet die Richtlinie darauf aus.</translation>
    </message>
    <message>
        <source>Scheme and goal</source>
        <translation>Schema und Ziel</translation>
    </message>
    <message>
        <source>The entity types with their definitions and examples, and the task&apos;s goal.</source>
        <translation>Die Entitätstypen mit Definitionen und Beispielen sowie das Ziel der Aufgabe.</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Ausgehend von:</translation>
    </message>
    <message>
        <source>Scheme (JSON):</source>
        <translation>Schema (JSON):</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>One model per line, e.g.
gpt-4o-mini
claude-haiku-4-5</source>
        <translation>Ein Modell pro Zeile, z. B.
gpt-4o-mini
claude-haiku-4-5</translation>
    </message>
    <message>
        <source>Add an endpoint first (Settings &gt; Endpoints and Keys).</source>
        <translation>Legen Sie zuerst einen Endpunkt an (Einstellungen &gt; Endpunkte und Schlüssel).</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotatoren</translation>
    </message>
    <message>
        <source>Several different models annotate; their disagreements drive the guideline.</source>
        <translation>Mehrere verschiedene Modelle annotieren; ihre Uneinigkeiten treiben die Richtlinie voran.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Annotator models:</source>
        <translation>Annotator-Modelle:</translation>
    </message>
    <message>
        <source>Supervisor model:</source>
        <translation>Supervisor-Modell:</translation>
    </message>
    <message>
        <source>Documents per round:</source>
        <translation>Dokumente je Runde:</translation>
    </message>
    <message>
        <source>Rounds at most:</source>
        <translation>Höchstens Runden:</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>Das Projekt wird angelegt…</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::PilotController</name>
    <message>
        <source>Guideline written to %1</source>
        <translation>Richtlinie nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The guideline was not written to %1: %2</source>
        <translation>Die Richtlinie wurde nicht nach %1 geschrieben: %2</translation>
    </message>
    <message>
        <source>This project holds no pilot run.</source>
        <translation>Dieses Projekt enthält keinen Pilotlauf.</translation>
    </message>
    <message numerus="yes">
        <source>No proposal awaits a decision; guideline version %1 after %n round(s).</source>
        <translation>
            <numerusform>Kein Vorschlag wartet auf eine Entscheidung; Richtlinie in Version %1 nach %n Runde.</numerusform>
            <numerusform>Kein Vorschlag wartet auf eine Entscheidung; Richtlinie in Version %1 nach %n Runden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pilot&apos;s state could not be read: %1</source>
        <translation>Der Stand des Pilotlaufs konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saving the decisions…</source>
        <translation>Die Entscheidungen werden gespeichert…</translation>
    </message>
    <message>
        <source>The decisions were not saved: %1</source>
        <translation>Die Entscheidungen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Decisions saved; the next round runs under guideline version %1. Continue the pilot in the Pilot run pane, or with: diziner-cli decide %2</source>
        <translation>Entscheidungen gespeichert; die nächste Runde läuft mit Version %1 der Richtlinie. Setzen Sie den Pilotlauf im Bereich „Pilotlauf“ fort oder mit: diziner-cli decide %2</translation>
    </message>
    <message>
        <source>Guideline version %1 saved.</source>
        <translation>Version %1 der Richtlinie gespeichert.</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>Version %1 als Version %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Version %1 was not restored: %2</source>
        <translation>Version %1 wurde nicht wiederhergestellt: %2</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::PriceTableModel</name>
    <message>
        <source>Row %1 names no model.</source>
        <translation>Zeile %1 nennt kein Modell.</translation>
    </message>
    <message>
        <source>Row %1 prices %2 a second time.</source>
        <translation>Zeile %1 bepreist %2 ein zweites Mal.</translation>
    </message>
    <message>
        <source>as input</source>
        <translation>wie Eingabe</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Eingabe aus Cache</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Batch factor</source>
        <translation>Batch-Faktor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>A model id, or the start of one: the longest match prices a model</source>
        <translation>Eine Modell-ID oder ihr Anfang: der längste Treffer bepreist ein Modell</translation>
    </message>
    <message>
        <source>USD per million prompt tokens</source>
        <translation>USD je Million Prompt-Tokens</translation>
    </message>
    <message>
        <source>USD per million prompt tokens read from the provider&apos;s prompt cache; blank: priced as input</source>
        <translation>USD je Million Prompt-Tokens, die der Anbieter aus seinem Prompt-Cache liest; leer: wie Eingabe bepreist</translation>
    </message>
    <message>
        <source>USD per million completion tokens, reasoning tokens included</source>
        <translation>USD je Million Antwort-Tokens, Reasoning-Tokens eingeschlossen</translation>
    </message>
    <message>
        <source>The price through a provider&apos;s batch engine, as a share of this one (0 to 1)</source>
        <translation>Der Preis über die Batch-Schnittstelle eines Anbieters, als Anteil an diesem (0 bis 1)</translation>
    </message>
    <message>
        <source>When you took the price</source>
        <translation>Wann Sie den Preis übernommen haben</translation>
    </message>
    <message>
        <source>Where you took it from</source>
        <translation>Woher Sie ihn haben</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::PricesDialog</name>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>What calls cost, in USD per million tokens, as you take them from your providers&apos; price lists. Runs and estimates from the workbench use these from now on; for a model a pilot&apos;s configuration prices too, yours win. A model without a row has no price: its costs read &quot;no price&quot;. Calls already made keep the price they were made at.</source>
        <translation>Was Aufrufe kosten, in USD je Million Tokens, wie Sie es den Preislisten Ihrer Anbieter entnehmen. Läufe und Schätzungen der Workbench verwenden diese Preise ab jetzt; bepreist auch die Konfiguration eines Piloten ein Modell, gelten Ihre. Ein Modell ohne Zeile hat keinen Preis: Seine Kosten lauten „kein Preis“. Bereits gemachte Aufrufe behalten den Preis, zu dem sie gemacht wurden.</translation>
    </message>
    <message>
        <source>&amp;Add Price</source>
        <translation>Preis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Price</source>
        <translation>Preis &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ProjectOpener</name>
    <message>
        <source>WNUT-17 sample — DiZiNER Workbench</source>
        <translation>WNUT-17-Beispiel — DiZiNER Workbench</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 — DiZiNER Workbench</source>
        <translation>%1 — DiZiNER Workbench</translation>
    </message>
    <message numerus="yes">
        <source>Coverage assumed for %n layer(s): %1. The project was saved before the workbench kept which documents a layer covers, and nothing else in it says so; they are read as covering every document. If a layer&apos;s file lacked documents, import it again: agreement then counts them as missing, not as documents without entities.</source>
        <translation>
            <numerusform>Abdeckung angenommen für %n Ebene: %1. Das Projekt wurde gespeichert, bevor die Workbench festhielt, welche Dokumente eine Ebene abdeckt, und nichts anderes darin sagt es; sie wird gelesen, als decke sie jedes Dokument ab. Fehlten ihrer Datei Dokumente, importieren Sie sie erneut: Die Übereinstimmung zählt sie dann als fehlend, nicht als Dokumente ohne Entitäten.</numerusform>
            <numerusform>Abdeckung angenommen für %n Ebenen: %1. Das Projekt wurde gespeichert, bevor die Workbench festhielt, welche Dokumente eine Ebene abdeckt, und nichts anderes darin sagt es; sie werden gelesen, als deckten sie jedes Dokument ab. Fehlten der Datei einer Ebene Dokumente, importieren Sie sie erneut: Die Übereinstimmung zählt sie dann als fehlend, nicht als Dokumente ohne Entitäten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coverage derived for %n layer(s): %1. The project was saved before the workbench kept which documents a layer covers; the pilot&apos;s records (a round&apos;s batch, the documents a labelling could not label) give it.</source>
        <translation>
            <numerusform>Abdeckung abgeleitet für %n Ebene: %1. Das Projekt wurde gespeichert, bevor die Workbench festhielt, welche Dokumente eine Ebene abdeckt; die Aufzeichnungen des Piloten (der Stapel einer Runde, die Dokumente, die eine Annotation nicht annotieren konnte) geben sie an.</numerusform>
            <numerusform>Abdeckung abgeleitet für %n Ebenen: %1. Das Projekt wurde gespeichert, bevor die Workbench festhielt, welche Dokumente eine Ebene abdeckt; die Aufzeichnungen des Piloten (der Stapel einer Runde, die Dokumente, die eine Annotation nicht annotieren konnte) geben sie an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the sample project…</source>
        <translation>Das Beispielprojekt wird angelegt…</translation>
    </message>
    <message>
        <source>%1: the data directory cannot be made</source>
        <translation>%1: Das Datenverzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Opening the sample project…</source>
        <translation>Das Beispielprojekt wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ProposalModel</name>
    <message>
        <source>undecided</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>accepted as edited</source>
        <translation>in eigener Fassung angenommen</translation>
    </message>
    <message>
        <source>Add an instruction for all annotators</source>
        <translation>Neue Anweisung für alle Annotatoren</translation>
    </message>
    <message>
        <source>Add an instruction for annotator %1</source>
        <translation>Neue Anweisung für Annotator %1</translation>
    </message>
    <message>
        <source>Change an instruction for all annotators</source>
        <translation>Geänderte Anweisung für alle Annotatoren</translation>
    </message>
    <message>
        <source>Change an instruction for annotator %1</source>
        <translation>Geänderte Anweisung für Annotator %1</translation>
    </message>
    <message>
        <source>Remove an instruction for all annotators</source>
        <translation>Anweisung für alle Annotatoren streichen</translation>
    </message>
    <message>
        <source>Remove an instruction for annotator %1</source>
        <translation>Anweisung für Annotator %1 streichen</translation>
    </message>
    <message>
        <source>Rewrite the goal</source>
        <translation>Ziel neu formulieren</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ProposalReviewPane</name>
    <message>
        <source>Your wording of this instruction</source>
        <translation>Ihre Fassung dieser Anweisung</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept this change (A)</source>
        <translation>Diese Änderung annehmen (A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Reject this change (R)</source>
        <translation>Diese Änderung ablehnen (R)</translation>
    </message>
    <message>
        <source>Accept this change in your own words (E)</source>
        <translation>Diese Änderung in eigenen Worten annehmen (E)</translation>
    </message>
    <message>
        <source>Accept your wording (Ctrl+Return)</source>
        <translation>Ihre Fassung annehmen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Accept every change not decided yet, unread or not</source>
        <translation>Jede noch offene Änderung annehmen, ob gelesen oder nicht</translation>
    </message>
    <message>
        <source>Record the decisions and the next guideline version in the project</source>
        <translation>Die Entscheidungen und die nächste Version der Richtlinie im Projekt festhalten</translation>
    </message>
    <message>
        <source>Open a pilot project to review the supervisor&apos;s proposals.</source>
        <translation>Öffnen Sie ein Pilotprojekt, um die Vorschläge des Supervisors zu prüfen.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Disagreements it answers:</source>
        <translation>Betroffene Uneinigkeiten:</translation>
    </message>
    <message>
        <source>Share of the guideline it rewrites:</source>
        <translation>Umgeschriebener Anteil der Richtlinie:</translation>
    </message>
    <message>
        <source>Change (removed words struck out, added words underlined):</source>
        <translation>Änderung (gestrichene Wörter durchgestrichen, neue unterstrichen):</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: the supervisor proposes %n change(s)</source>
        <translation>
            <numerusform>Runde %1: Der Supervisor schlägt %n Änderung vor</numerusform>
            <numerusform>Runde %1: Der Supervisor schlägt %n Änderungen vor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undecided</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; root cause: %2</source>
        <translation>%1; Ursache: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>correct: %1</source>
        <translation>richtig: %1</translation>
    </message>
    <message>
        <source>common error: %1</source>
        <translation>häufiger Fehler: %1</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>warum: %1</translation>
    </message>
    <message>
        <source>Edited: your text replaces the proposed one; the examples are still the proposed ones.</source>
        <translation>Bearbeitet: Ihr Text ersetzt den vorgeschlagenen; die Beispiele sind weiterhin die vorgeschlagenen.</translation>
    </message>
    <message>
        <source>No existing instructions yet: additions only, so no change cap applies.</source>
        <translation>Noch keine Anweisungen vorhanden: nur Ergänzungen, daher gilt keine Änderungsgrenze.</translation>
    </message>
    <message>
        <source>Edits and removals change %1 of the %2 words of the existing instructions (%3%; the cap is %4%).</source>
        <translation>Änderungen und Streichungen betreffen %1 der %2 Wörter der bestehenden Anweisungen (%3 %; die Grenze liegt bei %4 %).</translation>
    </message>
    <message>
        <source>Accept Ed&amp;ited Text</source>
        <translation>Eigene &amp;Fassung annehmen</translation>
    </message>
    <message>
        <source>Accept All Re&amp;maining</source>
        <translation>Alle &amp;übrigen annehmen</translation>
    </message>
    <message>
        <source>Save &amp;Decisions</source>
        <translation>Entscheidungen &amp;speichern</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Accept the change</source>
        <translation>Die Änderung annehmen</translation>
    </message>
    <message>
        <source>Reject the change</source>
        <translation>Die Änderung ablehnen</translation>
    </message>
    <message>
        <source>Accept the change in your own words</source>
        <translation>Die Änderung in eigenen Worten annehmen</translation>
    </message>
    <message>
        <source>Accept your wording of the change</source>
        <translation>Ihre Formulierung der Änderung annehmen</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundLayerRefresh</name>
    <message>
        <source>%1 holds another corpus now: open it again.</source>
        <translation>%1 enthält jetzt ein anderes Korpus: öffnen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundLayerRepair</name>
    <message>
        <source>Rebuilding the round layers from the response cache…</source>
        <translation>Die Rundenebenen werden aus dem Antwort-Cache neu erstellt…</translation>
    </message>
    <message>
        <source>The round layers were not rebuilt: %1</source>
        <translation>Die Rundenebenen wurden nicht neu erstellt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Round layers rebuilt from the response cache: %n layer(s).</source>
        <translation>
            <numerusform>Rundenebenen aus dem Antwort-Cache neu erstellt: %n Ebene.</numerusform>
            <numerusform>Rundenebenen aus dem Antwort-Cache neu erstellt: %n Ebenen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rebuilt: round %1, annotator %2: %3</source>
        <translation>Nicht neu erstellt: Runde %1, Annotator %2: %3</translation>
    </message>
    <message>
        <source>guideline v%1, which its prompts carried, is not in the project</source>
        <translation>Richtlinie v%1, die ihre Prompts trugen, ist nicht im Projekt</translation>
    </message>
    <message numerus="yes">
        <source>its batch names document %1, and the corpus has %n document(s)</source>
        <translation>
            <numerusform>ihr Stapel nennt Dokument %1, und das Korpus hat %n Dokument</numerusform>
            <numerusform>ihr Stapel nennt Dokument %1, und das Korpus hat %n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>the run&apos;s configuration has no annotator of that name</source>
        <translation>die Konfiguration des Laufs hat keinen Annotator dieses Namens</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its replies to %n piece(s) are not in the response cache (documents %1): purged, or never kept</source>
        <translation>
            <numerusform>seine Antwort auf %n Abschnitt ist nicht im Antwort-Cache (Dokumente %1): gelöscht oder nie gespeichert</numerusform>
            <numerusform>seine Antworten auf %n Abschnitte sind nicht im Antwort-Cache (Dokumente %1): gelöscht oder nie gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>The layer “%1” is now called “%2”: a round layer of the pilot takes its name. The layer itself is kept.</source>
        <translation>Die Ebene „%1“ heißt jetzt „%2“: Eine Rundenebene des Pilotlaufs übernimmt ihren Namen. Die Ebene selbst bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundRecord</name>
    <message>
        <source>The round to show, as the project keeps it</source>
        <translation>Die anzuzeigende Runde, wie das Projekt sie speichert</translation>
    </message>
    <message>
        <source>Select a call to see its request and response (keys redacted), or a failed piece to see its raw reply.</source>
        <translation>Wählen Sie einen Aufruf, um Anfrage und Antwort zu sehen (Schlüssel geschwärzt), oder einen fehlgeschlagenen Abschnitt, um seine Rohantwort zu sehen.</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>No round has been analysed yet.</source>
        <translation>Noch keine Runde ist ausgewertet.</translation>
    </message>
    <message>
        <source>This project holds no pilot run.</source>
        <translation>Dieses Projekt enthält keinen Pilotlauf.</translation>
    </message>
    <message>
        <source>No round chosen.</source>
        <translation>Keine Runde gewählt.</translation>
    </message>
    <message>
        <source>Reading the round&apos;s reports…</source>
        <translation>Die Berichte der Runde werden gelesen…</translation>
    </message>
    <message>
        <source>Round %1&apos;s calls and reports cannot be read: %2</source>
        <translation>Aufrufe und Berichte der Runde %1 können nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) kept</source>
        <translation>
            <numerusform>%n Aufruf gespeichert</numerusform>
            <numerusform>%n Aufrufe gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>its calls are not in the project&apos;s call log (run before the workbench kept them, or stopped before the round was analysed)</source>
        <translation>ihre Aufrufe stehen nicht im Aufrufprotokoll des Projekts (gelaufen, bevor die Workbench sie speicherte, oder angehalten, bevor die Runde ausgewertet war)</translation>
    </message>
    <message numerus="yes">
        <source>Guideline version %1, %n document(s), pool agreement %2 (95% interval %3 to %4)</source>
        <translation>
            <numerusform>Richtlinie Version %1, %n Dokument, Gesamtübereinstimmung %2 (95-%-Intervall %3 bis %4)</numerusform>
            <numerusform>Richtlinie Version %1, %n Dokumente, Gesamtübereinstimmung %2 (95-%-Intervall %3 bis %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotatoren</translation>
    </message>
    <message>
        <source>Failures and Calls</source>
        <translation>Fehler und Aufrufe</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundReportsView</name>
    <message>
        <source>The hotspot report of the round, or one annotator&apos;s error report</source>
        <translation>Der Hotspot-Bericht der Runde oder der Fehlerbericht eines Annotators</translation>
    </message>
    <message>
        <source>Show the report as the Markdown the round wrote</source>
        <translation>Den Bericht als das Markdown zeigen, das die Runde geschrieben hat</translation>
    </message>
    <message>
        <source>No round chosen.</source>
        <translation>Keine Runde gewählt.</translation>
    </message>
    <message>
        <source>Hotspots of round %1</source>
        <translation>Hotspots der Runde %1</translation>
    </message>
    <message>
        <source>Errors of %1</source>
        <translation>Fehler von %1</translation>
    </message>
    <message>
        <source>Round %1&apos;s reports are not in the project: it was analysed before the workbench kept them. A run from the command line wrote them into its folder round-%1/.</source>
        <translation>Die Berichte der Runde %1 sind nicht im Projekt: sie wurde ausgewertet, bevor die Workbench sie speicherte. Ein Lauf über die Befehlszeile hat sie in seinen Ordner round-%1/ geschrieben.</translation>
    </message>
    <message>
        <source>Markdown source</source>
        <translation>Markdown-Quelltext</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundSelector</name>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Which annotator layers the window shows and compares, over which documents</source>
        <translation>Welche Annotator-Ebenen das Fenster zeigt und vergleicht, über welchen Dokumenten</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Alle Ebenen</translation>
    </message>
    <message>
        <source>Final labelling</source>
        <translation>Endgültige Labels</translation>
    </message>
    <message>
        <source>Every annotator layer, of every round, over every document</source>
        <translation>Jede Annotator-Ebene jeder Runde, über allen Dokumenten</translation>
    </message>
    <message>
        <source>The corpus as the chosen annotators labelled it after the rounds, over every document</source>
        <translation>Das Korpus, wie die gewählten Annotatoren es nach den Runden gelabelt haben, über allen Dokumenten</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Rebuild Round Layers</source>
        <translation>Rundenebenen neu erstellen</translation>
    </message>
    <message>
        <source>Make the rounds&apos; missing annotator layers again from the project&apos;s response cache, sending nothing</source>
        <translation>Die fehlenden Annotator-Ebenen der Runden aus dem Antwort-Cache des Projekts neu erstellen, ohne etwas zu senden</translation>
    </message>
    <message>
        <source>Round %1 (labels missing)</source>
        <translation>Runde %1 (Labels fehlen)</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 (%n layer(s) missing)</source>
        <translation>
            <numerusform>Runde %1 (%n Ebene fehlt)</numerusform>
            <numerusform>Runde %1 (%n Ebenen fehlen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1: its %2 over its batch of %3, as the pilot measured them</source>
        <translation>Runde %1: ihre %2 über ihrem Stapel von %3, wie der Pilotlauf sie gemessen hat</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator layer(s)</source>
        <translation>
            <numerusform>%n Annotator-Ebene</numerusform>
            <numerusform>%n Annotator-Ebenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundsChart</name>
    <message>
        <source>Pool agreement</source>
        <translation>Gesamtübereinstimmung</translation>
    </message>
    <message>
        <source>Mean F1 against gold</source>
        <translation>Mittlerer F1-Wert gegen Gold</translation>
    </message>
    <message>
        <source>Agreement by round</source>
        <translation>Übereinstimmung je Runde</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Cost by round (USD, at your prices)</source>
        <translation>Kosten je Runde (USD, zu Ihren Preisen)</translation>
    </message>
    <message>
        <source>Rounds appear here as the pilot runs.</source>
        <translation>Die Runden erscheinen hier, sobald der Pilotlauf läuft.</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotatoren</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Round %1: pool agreement %2 [%3, %4]</source>
        <translation>Runde %1: Gesamtübereinstimmung %2 [%3, %4]</translation>
    </message>
    <message>
        <source>Improvement over round %1: %2 [%3, %4]</source>
        <translation>Verbesserung gegenüber Runde %1: %2 [%3, %4]</translation>
    </message>
    <message>
        <source>No improvement measured: the round before changed no instruction</source>
        <translation>Keine Verbesserung gemessen: die Runde davor hat keine Anweisung geändert</translation>
    </message>
    <message numerus="yes">
        <source>Cost by round (USD, at your prices; %n call(s) with no price left out)</source>
        <translation>
            <numerusform>Kosten je Runde (USD, zu Ihren Preisen; %n Aufruf ohne Preis nicht enthalten)</numerusform>
            <numerusform>Kosten je Runde (USD, zu Ihren Preisen; %n Aufrufe ohne Preis nicht enthalten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RunCounters</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>tokens in %1, out %2</source>
        <translation>Tokens ein %1, aus %2</translation>
    </message>
    <message numerus="yes">
        <source>Batches: %n request(s)</source>
        <translation>
            <numerusform>Batches: %n Anfrage</numerusform>
            <numerusform>Batches: %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered, %2 failed, %3 batch(es) pending</source>
        <translation>%1 beantwortet, %2 fehlgeschlagen, %3 Batch(es) ausstehend</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RunEstimate</name>
    <message numerus="yes">
        <source>Round %1: %n call(s), at most %2 tokens; no price for its models (Settings &gt; Prices).</source>
        <translation>
            <numerusform>Runde %1: %n Aufruf, höchstens %2 Tokens; kein Preis für ihre Modelle (Einstellungen &gt; Preise).</numerusform>
            <numerusform>Runde %1: %n Aufrufe, höchstens %2 Tokens; kein Preis für ihre Modelle (Einstellungen &gt; Preise).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n call(s), at most %2 tokens, about %3 at your prices.</source>
        <translation>
            <numerusform>Runde %1: %n Aufruf, höchstens %2 Tokens, zu Ihren Preisen etwa %3.</numerusform>
            <numerusform>Runde %1: %n Aufrufe, höchstens %2 Tokens, zu Ihren Preisen etwa %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelling with %1: %n call(s), %2 answered before, about %3 tokens; no price for its model (Settings &gt; Prices).</source>
        <translation>
            <numerusform>Annotieren mit %1: %n Aufruf, %2 bereits beantwortet, etwa %3 Tokens; kein Preis für sein Modell (Einstellungen &gt; Preise).</numerusform>
            <numerusform>Annotieren mit %1: %n Aufrufe, %2 bereits beantwortet, etwa %3 Tokens; kein Preis für sein Modell (Einstellungen &gt; Preise).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelling with %1: %n call(s), %2 answered before, about %3 tokens; about %4 interactive, %5 by batch at your prices.</source>
        <translation>
            <numerusform>Annotieren mit %1: %n Aufruf, %2 bereits beantwortet, etwa %3 Tokens; zu Ihren Preisen etwa %4 als Einzelaufrufe, %5 per Batch.</numerusform>
            <numerusform>Annotieren mit %1: %n Aufrufe, %2 bereits beantwortet, etwa %3 Tokens; zu Ihren Preisen etwa %4 als Einzelaufrufe, %5 per Batch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RunProgress</name>
    <message>
        <source>Embedding the pool</source>
        <translation>Der Pool wird eingebettet</translation>
    </message>
    <message>
        <source>Annotating</source>
        <translation>Annotieren</translation>
    </message>
    <message>
        <source>Labelling the pool</source>
        <translation>Gesamten Bestand annotieren</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Asking the supervisor</source>
        <translation>Supervisor befragen</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RunStatus</name>
    <message numerus="yes">
        <source>The pilot has finished: %n round(s), guideline version %1.</source>
        <translation>
            <numerusform>Der Pilotlauf ist beendet: %n Runde, Richtlinie in Version %1.</numerusform>
            <numerusform>Der Pilotlauf ist beendet: %n Runden, Richtlinie in Version %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 awaits your decisions in the instruction review.</source>
        <translation>Runde %1 wartet in der Prüfung der Anweisungen auf Ihre Entscheidungen.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to continue: %n round(s) done, guideline version %1.</source>
        <translation>
            <numerusform>Bereit zum Fortsetzen: %n Runde erledigt, Richtlinie in Version %1.</numerusform>
            <numerusform>Bereit zum Fortsetzen: %n Runden erledigt, Richtlinie in Version %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pilot has finished.</source>
        <translation>Der Pilotlauf ist beendet.</translation>
    </message>
    <message>
        <source>A proposal awaits your decisions in the instruction review.</source>
        <translation>Ein Vorschlag wartet in der Prüfung der Anweisungen auf Ihre Entscheidungen.</translation>
    </message>
    <message>
        <source>The pilot stopped: %1</source>
        <translation>Der Pilotlauf wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Labelling stopped: %1</source>
        <translation>Annotieren angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retrying runs round %1 again: its %n failed piece(s) are sent again, every other call is answered from the cache, and the round&apos;s proposal is replaced by a new one (decisions not yet saved are lost). Press Confirm Retry to go on.</source>
        <translation>
            <numerusform>Wiederholen führt Runde %1 erneut aus: ihr %n fehlgeschlagener Abschnitt wird erneut gesendet, jeder andere Aufruf wird aus dem Zwischenspeicher beantwortet, und der Vorschlag der Runde wird durch einen neuen ersetzt (noch nicht gespeicherte Entscheidungen gehen verloren). Klicken Sie auf „Wiederholen bestätigen“, um fortzufahren.</numerusform>
            <numerusform>Wiederholen führt Runde %1 erneut aus: ihre %n fehlgeschlagenen Abschnitte werden erneut gesendet, jeder andere Aufruf wird aus dem Zwischenspeicher beantwortet, und der Vorschlag der Runde wird durch einen neuen ersetzt (noch nicht gespeicherte Entscheidungen gehen verloren). Klicken Sie auf „Wiederholen bestätigen“, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Labelled with %1: %2 in the layer final-%1.</source>
        <translation>Annotiert mit %1: %2 in der Ebene final-%1.</translation>
    </message>
    <message numerus="yes">
        <source>Labelled with %1: %2 in the layer final-%1; %n piece(s) could not be labelled (listed under Failed; Retry Failed sends them again).</source>
        <translation>
            <numerusform>Annotiert mit %1: %2 in der Ebene final-%1; %n Abschnitt konnte nicht annotiert werden (unter den Fehlgeschlagenen aufgeführt; „Fehlgeschlagene wiederholen“ sendet ihn erneut).</numerusform>
            <numerusform>Annotiert mit %1: %2 in der Ebene final-%1; %n Abschnitte konnten nicht annotiert werden (unter den Fehlgeschlagenen aufgeführt; „Fehlgeschlagene wiederholen“ sendet sie erneut).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RunsPane</name>
    <message>
        <source>&amp;Continue Pilot</source>
        <translation>Pilotlauf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Run the pilot to its next proposal or to its end</source>
        <translation>Den Pilotlauf bis zum nächsten Vorschlag oder bis zum Ende ausführen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the calls in flight; continue later without paying twice</source>
        <translation>Laufende Aufrufe abbrechen; später fortsetzen, ohne doppelt zu zahlen</translation>
    </message>
    <message>
        <source>This project holds no pilot run.</source>
        <translation>Dieses Projekt enthält keinen Pilotlauf.</translation>
    </message>
    <message>
        <source>The pilot&apos;s configuration cannot be read: %1</source>
        <translation>Die Konfiguration des Pilotlaufs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the endpoints&apos; keys…</source>
        <translation>Die Schlüssel der Endpunkte werden gelesen…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Labelling the corpus…</source>
        <translation>Das Korpus wird annotiert…</translation>
    </message>
    <message>
        <source>Press Start Labelling to begin, or Stop.</source>
        <translation>Klicken Sie auf „Annotieren starten“ oder auf „Anhalten“.</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Send the pieces that could not be labelled again, past the cached replies</source>
        <translation>Die Abschnitte, die nicht annotiert werden konnten, erneut senden, an den gespeicherten Antworten vorbei</translation>
    </message>
    <message>
        <source>Select a call to see its request and response (keys redacted), or a failed piece to see its raw reply.</source>
        <translation>Wählen Sie einen Aufruf, um Anfrage und Antwort zu sehen (Schlüssel geschwärzt), oder einen fehlgeschlagenen Abschnitt, um seine Rohantwort zu sehen.</translation>
    </message>
    <message>
        <source>Confirm &amp;Retry</source>
        <translation>&amp;Wiederholen bestätigen</translation>
    </message>
    <message>
        <source>Cancelling the batches at the provider…</source>
        <translation>Die Batches werden beim Anbieter abgebrochen…</translation>
    </message>
    <message>
        <source>Every finished round as the project keeps it, however it was run</source>
        <translation>Jede abgeschlossene Runde, wie das Projekt sie speichert, gleich wie sie ausgeführt wurde</translation>
    </message>
    <message>
        <source>This Session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>What the workbench ran on this project since it was opened</source>
        <translation>Was die Workbench in diesem Projekt seit dem Öffnen ausgeführt hat</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::SettingsMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Endpoints and Keys…</source>
        <translation>&amp;Endpunkte und Schlüssel…</translation>
    </message>
    <message>
        <source>Your endpoints and the open project&apos;s, their keys in the system keychain</source>
        <translation>Ihre Endpunkte und die des offenen Projekts, ihre Schlüssel im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;Preise…</translation>
    </message>
    <message>
        <source>What calls cost per model: the runs&apos; costs and estimates are priced at it</source>
        <translation>Was Aufrufe je Modell kosten: Kosten und Schätzungen der Läufe richten sich danach</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two keys</comment>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::SpanTextView</name>
    <message>
        <source>%1 (%2 of %3): %4</source>
        <translation>%1 (%2 von %3): %4</translation>
    </message>
    <message>
        <source>no span (%1 of %2): %3</source>
        <translation>keine Annotation (%1 von %2): %3</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>Ans&amp;icht</translation>
    </message>
    <message>
        <source>Show or hide the pane “%1”</source>
        <translation>Den Bereich „%1“ zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Every pane open and docked below the document, as at the first start</source>
        <translation>Alle Bereiche offen und unter dem Dokument angedockt, wie beim ersten Start</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pilot annotation workbench for NER</source>
        <translation>Workbench für die Pilotannotation in der Eigennamenerkennung (NER)</translation>
    </message>
    <message>
        <source>Open the project (or the sample), print what was loaded and quit (for installation checks).</source>
        <translation>Öffnet das Projekt (oder das Beispiel), gibt aus, was geladen wurde, und beendet sich (zur Prüfung einer Installation).</translation>
    </message>
    <message>
        <source>A project file (.dzn) to open; without one, the sample project.</source>
        <translation>Eine Projektdatei (.dzn), die geöffnet werden soll; ohne Angabe das Beispielprojekt.</translation>
    </message>
</context>
</TS>
