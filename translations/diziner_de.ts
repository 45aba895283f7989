<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LanguageSettings</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
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
</context>
<context>
    <name>Workbench::Ui::MainWindow</name>
    <message>
        <source>DiZiNER Workbench</source>
        <translation>DiZiNER Workbench</translation>
    </message>
    <message>
        <source>Filter documents by text</source>
        <translation>Dokumente nach Text filtern</translation>
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
        <source>Click a cell to list the documents where its two layers differ.</source>
        <translation>Klicken Sie auf eine Zelle, um die Dokumente aufzulisten, in denen sich die beiden Ebenen unterscheiden.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language changes when the workbench starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start der Workbench.</translation>
    </message>
    <message>
        <source>Loading the sample project…</source>
        <translation>Das Beispielprojekt wird geladen…</translation>
    </message>
    <message>
        <source>WNUT-17 sample — DiZiNER Workbench</source>
        <translation>WNUT-17-Beispiel — DiZiNER Workbench</translation>
    </message>
    <message numerus="yes">
        <source>Pool agreement %1 over %n layer(s)</source>
        <translation>
            <numerusform>Gesamtübereinstimmung %1 über %n Ebene</numerusform>
            <numerusform>Gesamtübereinstimmung %1 über %n Ebenen</numerusform>
        </translation>
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
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 — DiZiNER Workbench</source>
        <translation>%1 — DiZiNER Workbench</translation>
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
        <source>Could not open: %1</source>
        <translation>Öffnen fehlgeschlagen: %1</translation>
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
