<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>LanguageSettings</name>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::DocumentListModel</name>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>문장</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::DocumentView</name>
    <message>
        <source>The layer whose spans are drawn over the text</source>
        <translation>텍스트 위에 스팬을 표시할 레이어</translation>
    </message>
    <message>
        <source>No spans in this layer for this document.</source>
        <translation>이 문서에는 이 레이어의 스팬이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::MainWindow</name>
    <message>
        <source>DiZiNER Workbench</source>
        <translation>DiZiNER 워크벤치</translation>
    </message>
    <message>
        <source>Filter documents by text</source>
        <translation>텍스트로 문서 거르기</translation>
    </message>
    <message>
        <source>About this data</source>
        <translation>이 데이터에 관하여</translation>
    </message>
    <message>
        <source>Agreement between layers</source>
        <translation>레이어 간 일치도</translation>
    </message>
    <message>
        <source>Click a cell to list the documents where its two layers differ.</source>
        <translation>셀을 클릭하면 두 레이어의 주석이 서로 다른 문서만 보여 줍니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>예제 프로젝트 열기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes when the workbench starts again.</source>
        <translation>바뀐 언어는 워크벤치를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Loading the sample project…</source>
        <translation>예제 프로젝트를 불러오는 중…</translation>
    </message>
    <message>
        <source>WNUT-17 sample — DiZiNER Workbench</source>
        <translation>WNUT-17 예제 — DiZiNER 워크벤치</translation>
    </message>
    <message numerus="yes">
        <source>Pool agreement %1 over %n layer(s)</source>
        <translation>
            <numerusform>레이어 %n개의 전체 일치도 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All documents.</source>
        <translation>모든 문서를 보여 줍니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) where %1 and %2 differ; click the diagonal to show all.</source>
        <translation>
            <numerusform>%1, %2 사이에 차이가 있는 문서 %n개. 대각선 셀을 클릭하면 다시 모두 보여 줍니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>문서 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>토큰 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>레이어 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <source>%1 — DiZiNER Workbench</source>
        <translation>%1 — DiZiNER 워크벤치</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>DiZiNER projects (*.dzn);;All files (*)</source>
        <translation>DiZiNER 프로젝트 (*.dzn);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Could not open: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::MatrixModel</name>
    <message>
        <source>%1 and %2: strict span F1 %3</source>
        <translation>%1 대 %2: 엄격 스팬 F1 %3</translation>
    </message>
    <message>
        <source>%1. %2 (mean %3)</source>
        <translation>%1. %2 (평균 %3)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pilot annotation workbench for NER</source>
        <translation>개체명 인식(NER)을 위한 파일럿 주석 워크벤치</translation>
    </message>
    <message>
        <source>Open the project (or the sample), print what was loaded and quit (for installation checks).</source>
        <translation>프로젝트(지정하지 않으면 예제)를 열고 불러온 내용을 출력한 뒤 종료합니다(설치 확인용).</translation>
    </message>
    <message>
        <source>A project file (.dzn) to open; without one, the sample project.</source>
        <translation>열 프로젝트 파일(.dzn). 지정하지 않으면 예제 프로젝트를 엽니다.</translation>
    </message>
</context>
</TS>
