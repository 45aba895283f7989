<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CostText</name>
    <message>
        <source>no price</source>
        <translation>가격 없음</translation>
    </message>
    <message>
        <source>%1 + no price</source>
        <extracomment>%1: what the calls with a price cost; the others&apos; models have none</extracomment>
        <translation>%1 + 가격 없음</translation>
    </message>
    <message>
        <source>%1 USD</source>
        <translation>%1 USD</translation>
    </message>
    <message>
        <source>%1 USD + no price</source>
        <extracomment>%1: what the calls with a price cost; the others&apos; models have none</extracomment>
        <translation>%1 USD + 가격 없음</translation>
    </message>
</context>
<context>
    <name>CurationStepName</name>
    <message>
        <source>“%1”</source>
        <comment>a span&apos;s words quoted in a menu entry</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>%1을(를) %2(으)로 표시</translation>
    </message>
    <message>
        <source>Remove %1 (%2)</source>
        <translation>%1 (%2) 제거</translation>
    </message>
    <message>
        <source>Change %1 to %2</source>
        <translation>%1을(를) %2(으)로 변경</translation>
    </message>
    <message numerus="yes">
        <source>Change %n span(s) to %1</source>
        <translation>
            <numerusform>스팬 %n개를 %1(으)로 변경</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the type of %n span(s)</source>
        <translation>
            <numerusform>스팬 %n개의 유형 변경</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n span(s)</source>
        <translation>
            <numerusform>스팬 %n개 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n span(s)</source>
        <translation>
            <numerusform>스팬 %n개 제거</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n span(s)</source>
        <translation>
            <numerusform>스팬 %n개 편집</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>LayerLabels</name>
    <message>
        <source>%1: %2&apos;s labels of round %3, model %4 (endpoint %5), guideline version %6</source>
        <translation>%1: 라운드 %3에서 %2의 레이블, 모델 %4(엔드포인트 %5), 지침 버전 %6</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of the batch not labelled (a piece failed): missing, not &quot;no entities&quot;</source>
        <translation>
            <numerusform>배치의 문서 %n개에 레이블이 없음(한 조각이 실패함): &apos;개체 없음&apos;이 아니라 누락</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) not in the text: left out</source>
        <translation>
            <numerusform>텍스트에 없는 언급 %n개: 제외됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) fitting several places: one taken, a guess</source>
        <translation>
            <numerusform>여러 위치에 맞는 언급 %n개: 하나를 골랐으며 추측임</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) widened to whole tokens</source>
        <translation>
            <numerusform>토큰 전체로 넓힌 언급 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundLayerNotes</name>
    <message>
        <source>Layers &gt; Rebuild Round Layers, or diziner-cli project rebuild-rounds, restores them from the project&apos;s response cache.</source>
        <translation>레이어 &gt; 라운드 레이어 다시 만들기 또는 diziner-cli project rebuild-rounds로 프로젝트의 응답 캐시에서 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Round %1&apos;s labels are not in this project: its batch is listed, without its annotators&apos; layers (%2) or figures.</source>
        <translation>라운드 %1의 레이블이 이 프로젝트에 없습니다: 배치는 표시되지만 주석자 레이어(%2)와 수치는 없습니다.</translation>
    </message>
    <message>
        <source>The labels of %1 in round %2 are not in this project: the figures shown leave them out and differ from the round&apos;s summary.</source>
        <translation>라운드 %2에서 %1의 레이블이 이 프로젝트에 없습니다: 표시된 수치는 이를 제외하므로 라운드 요약과 다릅니다.</translation>
    </message>
    <message>
        <source>## Round layers missing

This project lacks some annotators&apos; labels of its pilot rounds (it was written before each round&apos;s labels were kept as layers, or a layer was deleted):

</source>
        <translation>## 라운드 레이어 없음

이 프로젝트에는 파일럿 라운드의 일부 주석자 레이블이 없습니다(각 라운드의 레이블을 레이어로 보관하기 전에 작성되었거나 레이어가 삭제되었습니다):

</translation>
    </message>
    <message>
        <source>- round %1: %2</source>
        <translation>- 라운드 %1: %2</translation>
    </message>
    <message>
        <source>Those rounds are shown with the layers present only, so their figures differ from the rounds&apos; summaries (summary.json).</source>
        <translation>이 라운드들은 있는 레이어만으로 표시되므로 수치가 라운드 요약(summary.json)과 다릅니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AboutDialog</name>
    <message>
        <source>About DiZiNER Workbench</source>
        <translation>DiZiNER Workbench 정보</translation>
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
        <translation>GNU 일반 공중 사용 허가서 버전 3 또는 그 이후 버전</translation>
    </message>
    <message>
        <source>DiZiNER Workbench %1</source>
        <translation>DiZiNER Workbench %1</translation>
    </message>
    <message>
        <source>A pilot annotation workbench for named-entity recognition: several annotators label the same text, the workbench shows where they disagree, and the guideline improves round by round.</source>
        <translation>개체명 인식을 위한 파일럿 주석 작업대: 여러 주석자가 같은 텍스트에 레이블을 달고, 작업대는 그들이 어디서 엇갈리는지 보여 주며, 지침은 라운드마다 나아집니다.</translation>
    </message>
    <message>
        <source>Licence: %1 (GPL-3.0-or-later).</source>
        <translation>라이선스: %1 (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2).</source>
        <translation>Qt %1 (Qt %2(으)로 빌드됨).</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>The sample project is the test set of WNUT-17 Emerging and Rare Entities (Derczynski, Nichols, van Erp and Limsopatham, 2017) with the outputs of the seven systems of its shared task, unchanged, from %1; licence %2.</source>
        <translation>예제 프로젝트는 WNUT-17 Emerging and Rare Entities의 테스트 세트(Derczynski, Nichols, van Erp, Limsopatham, 2017)와 그 공동 과제에 참여한 일곱 시스템의 출력을 %1에서 그대로 가져온 것입니다. 라이선스: %2.</translation>
    </message>
    <message>
        <source>The Universal NER scheme offered for new projects paraphrases the annotation guidelines of Universal NER (Mayhew et al., 2024), %1, whose data is licensed %2.</source>
        <translation>새 프로젝트에 제공되는 Universal NER 체계는 Universal NER(Mayhew 외, 2024), %1의 주석 지침을 풀어 쓴 것이며, 그 데이터의 라이선스는 %2입니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AggregateController</name>
    <message>
        <source>An aggregate needs two layers and a name no other layer has.</source>
        <translation>집계 레이어에는 레이어 두 개와 다른 레이어에 없는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Building the aggregate %1…</source>
        <translation>집계 레이어 %1을(를) 만드는 중…</translation>
    </message>
    <message>
        <source>The aggregate was not built: %1</source>
        <translation>집계 레이어를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Aggregate %1 built and saved in the project.</source>
        <translation>집계 레이어 %1을(를) 만들어 프로젝트에 저장했습니다.</translation>
    </message>
    <message>
        <source>Aggregate %1 built; no project is open, so it is not kept.</source>
        <translation>집계 %1을(를) 만들었습니다. 열린 프로젝트가 없어 저장되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AggregateDialog</name>
    <message>
        <source>Build an Aggregate Layer</source>
        <translation>집계 레이어 만들기</translation>
    </message>
    <message>
        <source>Weighted by agreement (per token)</source>
        <translation>일치도 가중(토큰별)</translation>
    </message>
    <message>
        <source>Plurality (per token)</source>
        <translation>최다 득표(토큰별)</translation>
    </message>
    <message>
        <source>Span vote</source>
        <translation>스팬 투표</translation>
    </message>
    <message>
        <source>Weighted: each annotator&apos;s vote counts by how much it agrees with the others, never by gold. Plurality: the label most annotators give a token. Span vote: every span enough annotators give.</source>
        <translation>가중: 각 주석자의 표는 다른 주석자와 얼마나 일치하는지에 따라 계산되며 골드는 쓰지 않습니다. 최다 득표: 가장 많은 주석자가 토큰에 준 레이블. 스팬 투표: 충분한 수의 주석자가 준 모든 스팬.</translation>
    </message>
    <message>
        <source>a majority</source>
        <translation>과반수</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>만들기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>방법(&amp;M):</translation>
    </message>
    <message>
        <source>Span &amp;vote minimum:</source>
        <translation>스팬 투표 최소(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>레이어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Choose at least two layers.</source>
        <translation>레이어를 두 개 이상 고르세요.</translation>
    </message>
    <message>
        <source>Name the new layer.</source>
        <translation>새 레이어의 이름을 정하세요.</translation>
    </message>
    <message>
        <source>A layer named %1 exists and is not an aggregate; choose another name.</source>
        <translation>%1 레이어가 이미 있고 집계 레이어가 아닙니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>The aggregate %1 will be replaced.</source>
        <translation>집계 레이어 %1을(를) 바꿉니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AgreementPane</name>
    <message>
        <source>Click a cell to list the documents where its two layers differ.</source>
        <translation>셀을 클릭하면 두 레이어의 주석이 서로 다른 문서만 보여 줍니다.</translation>
    </message>
    <message>
        <source>Agreement over all spans, or over the spans of one type</source>
        <translation>모든 스팬 또는 한 유형의 스팬에 대한 일치도</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>유형 %1</translation>
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
    <message>
        <source>Agreement of all layers at once over tokens, as reports state it: Krippendorff&apos;s alpha (with its bootstrap 95% interval over documents) and Fleiss&apos; kappa, on the BIO labels and on the entity type alone</source>
        <translation>보고서에 쓰는 방식의 모든 레이어 동시 토큰 일치도: Krippendorff 알파(문서 단위 부트스트랩 95% 구간 포함)와 Fleiss 카파, BIO 레이블과 개체 유형만 기준</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>정의되지 않음</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha %1%2 (BIO), %3 (type) · Fleiss&apos; kappa %4 (BIO), %5 (type)</source>
        <translation>Krippendorff 알파 %1%2 (BIO), %3 (유형) · Fleiss 카파 %4 (BIO), %5 (유형)</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>개체 유형</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorff 알파</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 구간</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss 카파</translation>
    </message>
    <message>
        <source>Per entity type, that type against everything else: Krippendorff&apos;s alpha with its bootstrap 95% interval over documents, and Fleiss&apos; kappa; empty where a coefficient is undefined</source>
        <translation>개체 유형별로 그 유형과 나머지 전부를 비교합니다: 문서 단위 부트스트랩 95% 구간을 곁들인 Krippendorff 알파와 Fleiss 카파. 계수가 정의되지 않는 곳은 비워 둡니다</translation>
    </message>
    <message numerus="yes">
        <source>Krippendorff&apos;s alpha and Fleiss&apos; kappa: n/a. They need at least two annotator layers to compare; found: %n (gold, aggregates and the curated layer are not compared).</source>
        <translation>
            <numerusform>Krippendorff 알파와 Fleiss 카파: 해당 없음. 비교하려면 주석자 레이어가 두 개 이상 필요한데, 찾은 것은 %n개입니다 (골드, 집계, 큐레이션 레이어는 비교하지 않습니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1, %2]</source>
        <translation>[%1, %2]</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AgreementScatter</name>
    <message>
        <source>With a gold layer, each layer&apos;s agreement with the others is set against its F1 on gold here.</source>
        <translation>골드 레이어가 있으면 각 레이어의 다른 레이어와의 일치도를 골드 기준 F1과 함께 여기에 보여 줍니다.</translation>
    </message>
    <message>
        <source>Mean agreement with the other layers</source>
        <translation>다른 레이어와의 평균 일치도</translation>
    </message>
    <message>
        <source>F1 on gold</source>
        <translation>골드 기준 F1</translation>
    </message>
    <message>
        <source>Agreement against F1 on gold (Pearson r = %1)</source>
        <translation>일치도 대 골드 기준 F1 (피어슨 r = %1)</translation>
    </message>
    <message>
        <source>Agreement against F1 on gold</source>
        <translation>일치도 대 골드 기준 F1</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AllOccurrencesAction</name>
    <message>
        <source>Annotate All &amp;Occurrences…</source>
        <translation>모든 출현 위치에 주석(&amp;O)…</translation>
    </message>
    <message>
        <source>Give the type of the curated span under the cursor to every other occurrence of its words in the corpus (O in the text)</source>
        <translation>커서 아래 큐레이션 스팬의 유형을 코퍼스에서 같은 단어가 나오는 다른 모든 위치에 적용 (텍스트에서 O)</translation>
    </message>
    <message>
        <source>Put the cursor in a curated span: its type then goes to every other occurrence of its words.</source>
        <translation>커서를 큐레이션 스팬 안에 두세요. 그 유형이 같은 단어의 다른 모든 출현 위치에 적용됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) overlap another curated span and stay as they are.</source>
        <translation>
            <numerusform>출현 위치 %n곳은 다른 큐레이션 스팬과 겹쳐 그대로 둡니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already hold this span.</source>
        <translation>
            <numerusform>%n곳에는 이미 이 스팬이 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other occurrence of “%1” to annotate.</source>
        <translation>주석할 “%1”의 다른 출현 위치가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Give %n other occurrence(s) of “%1” the type %2?</source>
        <translation>
            <numerusform>“%1”의 다른 출현 위치 %n곳에 유형 %2을(를) 적용할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotate All Occurrences</source>
        <translation>모든 출현 위치에 주석</translation>
    </message>
    <message>
        <source>One undo takes them all back.</source>
        <translation>한 번의 실행 취소로 모두 되돌립니다.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Annotate %n</source>
        <translation>
            <numerusform>%n곳 주석(&amp;A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::AnnotatorTotals</name>
    <message>
        <source>Annotator</source>
        <translation>주석자</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>호출</translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation>실패한 호출</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>입력 토큰</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>출력 토큰</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>비용 (USD)</translation>
    </message>
    <message>
        <source>Snapped</source>
        <translation>토큰 맞춤</translation>
    </message>
    <message>
        <source>Mentions widened to the whole corpus tokens they cut into (&quot;Obama&quot; for the token &quot;#Obama&quot;), in the last round analysed</source>
        <translation>말뭉치 토큰의 일부만 가리키던 언급을 토큰 전체로 넓힌 수 (토큰 &quot;#Obama&quot;에 대한 &quot;Obama&quot;), 마지막으로 분석한 라운드 기준</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n piece(s) done</source>
        <translation>
            <numerusform>조각 %n개 중 %1개 완료</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n mention(s) widened to whole tokens</source>
        <translation>
            <numerusform>라운드 %1: 언급 %n개를 토큰 전체로 넓힘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) failed</source>
        <translation>
            <numerusform>%n개 조각 실패</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>The round&apos;s calls are not in the project&apos;s call log</source>
        <translation>이 라운드의 호출은 프로젝트 호출 기록에 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) left out of its agreement: it could not label them</source>
        <translation>
            <numerusform>문서 %n개가 일치도에서 제외됨: 레이블을 붙이지 못했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentions widened to the whole corpus tokens they cut into (&quot;Obama&quot; for the token &quot;#Obama&quot;), in round %1</source>
        <translation>잘라 들어간 코퍼스 토큰 전체로 넓혀진 언급(토큰 &quot;#Obama&quot;에 대한 &quot;Obama&quot;), 라운드 %1</translation>
    </message>
    <message>
        <source>done</source>
        <comment>every piece of the annotator&apos;s in the round labelled</comment>
        <translation>완료</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>배치 못 함</translation>
    </message>
    <message>
        <source>Mentions the annotator named that are not in the text (left out), or that fit several places (one taken, a guess); shown for a round the project keeps</source>
        <translation>주석자가 언급했지만 텍스트에 없거나(제외됨) 여러 위치에 맞는(하나를 고름, 추측) 언급; 프로젝트에 보관된 라운드에 대해 표시됩니다</translation>
    </message>
    <message>
        <source>supervisor</source>
        <comment>the row of the supervisor&apos;s calls</comment>
        <translation>감독자</translation>
    </message>
    <message>
        <source>embeddings</source>
        <comment>the row of the calls that fetched the pool&apos;s embeddings</comment>
        <translation>임베딩</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n mention(s) not in the text, left out</source>
        <translation>
            <numerusform>라운드 %1: 텍스트에 없는 언급 %n개, 제외됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) that fit several places: one taken</source>
        <translation>
            <numerusform>여러 위치에 맞는 언급 %n개: 하나를 고름</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>document %1: %2</source>
        <translation>문서 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::CallLogModel</name>
    <message>
        <source>Response:</source>
        <translation>응답:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out, %3 reasoning</source>
        <translation>입력 %1, 출력 %2, 추론 %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>주석자</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>비용 (USD)</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::CallLogPane</name>
    <message>
        <source>Calls about this document</source>
        <translation>이 문서에 대한 호출</translation>
    </message>
    <message>
        <source>The project&apos;s latest calls</source>
        <translation>프로젝트의 최근 호출</translation>
    </message>
    <message>
        <source>Select a call to see its request and response (keys redacted).</source>
        <translation>호출을 선택하면 요청과 응답을 볼 수 있습니다(키는 가려짐).</translation>
    </message>
    <message>
        <source>Calls are kept in project files; this corpus has none.</source>
        <translation>호출은 프로젝트 파일에 보관됩니다. 이 코퍼스에는 없습니다.</translation>
    </message>
    <message>
        <source>No document is shown.</source>
        <translation>표시된 문서가 없습니다.</translation>
    </message>
    <message>
        <source>Reading the call log…</source>
        <translation>호출 기록을 읽는 중…</translation>
    </message>
    <message>
        <source>The call log could not be read: %1</source>
        <translation>호출 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) about document %1, newest first.</source>
        <translation>
            <numerusform>문서 %1에 대한 호출 %n건, 최신순.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project&apos;s latest %n call(s), newest first.</source>
        <translation>
            <numerusform>프로젝트의 최근 호출 %n건, 최신순.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ConcordancePane</name>
    <message>
        <source>Search the corpus (any case)</source>
        <translation>코퍼스 검색 (대소문자 무시)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>앞</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>After</source>
        <translation>뒤</translation>
    </message>
    <message numerus="yes">
        <source>The first %n hit(s) are shown; narrow the search to see the rest.</source>
        <translation>
            <numerusform>처음 %n건만 표시합니다. 나머지를 보려면 검색 범위를 좁히세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::CorpusView</name>
    <message>
        <source>Curation saved.</source>
        <translation>큐레이션을 저장했습니다.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The annotator layers agree on every document shown.</source>
        <translation>표시된 모든 문서에서 주석자 레이어가 일치합니다.</translation>
    </message>
    <message>
        <source>Curation is saved in a project: open one with File &gt; Open Project.</source>
        <translation>큐레이션은 프로젝트에 저장됩니다. 파일 &gt; 프로젝트 열기로 프로젝트를 여십시오.</translation>
    </message>
    <message>
        <source>Nothing changed: the curated layer already held that.</source>
        <translation>변경 없음: 큐레이션 레이어에 이미 있습니다.</translation>
    </message>
    <message>
        <source>Document %1 is not among the documents of the round shown: choose “All layers” in the round selector to open it.</source>
        <translation>문서 %1은(는) 표시된 라운드의 문서가 아닙니다: 열려면 라운드 선택에서 “모든 레이어”를 고르십시오.</translation>
    </message>
    <message>
        <source>The document is not in the corpus open.</source>
        <translation>이 문서는 열린 코퍼스에 없습니다.</translation>
    </message>
    <message>
        <source>Nothing accepted: layer %1 does not cover this document (it was not in the layer&apos;s batch, or the annotator could not label it).</source>
        <translation>수용한 것 없음: 레이어 %1은(는) 이 문서를 다루지 않습니다(레이어의 배치에 없었거나 주석자가 레이블을 달지 못했습니다).</translation>
    </message>
    <message>
        <source>Nothing accepted: layer %1 marks nothing in this document.</source>
        <translation>수용한 것 없음: 레이어 %1은(는) 이 문서에 아무것도 표시하지 않았습니다.</translation>
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
    <message>
        <source>Disputed</source>
        <translation>불일치</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>일치도</translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) in the curated layer</source>
        <translation>
            <numerusform>큐레이션 레이어의 스팬 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>큐레이션</translation>
    </message>
    <message numerus="yes">
        <source>In the batch of %n pilot round(s): %1</source>
        <translation>
            <numerusform>파일럿 라운드 %n개의 배치에 포함: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>No agreement: fewer than two annotator layers cover this document (the others lack it), so there is no pair to compare</source>
        <translation>일치도 없음: 이 문서를 포함하는 주석자 레이어가 두 개 미만이어서(다른 레이어에는 이 문서가 없음) 비교할 쌍이 없습니다</translation>
    </message>
    <message>
        <source>Mean strict span F1 over every pair of annotator layers covering this document</source>
        <translation>이 문서를 포함하는 모든 주석자 레이어 쌍의 엄격한 스팬 F1 평균</translation>
    </message>
    <message>
        <source>No agreement to show: no annotator layer marked anything in this document, and agreeing on finding nothing says nothing of their quality</source>
        <translation>표시할 일치도 없음: 이 문서에서 어떤 주석자 레이어도 아무것도 표시하지 않았으며, 아무것도 찾지 않았다는 데 일치하는 것은 품질에 대해 아무것도 말해 주지 않습니다</translation>
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
        <translation>텍스트 위에 스팬을 표시할 레이어</translation>
    </message>
    <message>
        <source>No spans in this layer for this document.</source>
        <translation>이 문서에는 이 레이어의 스팬이 없습니다.</translation>
    </message>
    <message>
        <source>Every layer&apos;s tags for this document; drag a layer&apos;s name to move it, right-click it to hide it.</source>
        <translation>이 문서에 대한 모든 레이어의 태그입니다. 레이어 이름을 끌어 순서를 바꾸고, 오른쪽 클릭으로 숨깁니다.</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 숨기기</translation>
    </message>
    <message>
        <source>Show All Layers</source>
        <translation>모든 레이어 보이기</translation>
    </message>
    <message>
        <source>Other layers as &amp;bars</source>
        <translation>다른 레이어를 막대로(&amp;B)</translation>
    </message>
    <message>
        <source>Draw the other layers of the stack below as bars under each line, coloured by type; hover the text to see which layers agree</source>
        <translation>아래 스택의 다른 레이어를 각 줄 아래에 유형별 색의 막대로 그립니다. 텍스트 위에 마우스를 올리면 어떤 레이어가 일치하는지 보여 줍니다</translation>
    </message>
    <message>
        <source>Bars under each line, top to bottom: %1</source>
        <translation>각 줄 아래의 막대, 위에서 아래로: %1</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>문서 텍스트</translation>
    </message>
    <message>
        <source>Remove the curated spans at the selection or the cursor</source>
        <translation>선택 영역이나 커서 위치의 큐레이션 스팬 제거</translation>
    </message>
    <message>
        <source>Accept the drawn layer&apos;s spans of this document into the curated layer</source>
        <translation>이 문서에서 표시된 레이어의 스팬을 큐레이션 레이어로 수락</translation>
    </message>
    <message>
        <source>Next document where the annotator layers disagree</source>
        <translation>주석자 레이어가 엇갈리는 다음 문서</translation>
    </message>
    <message>
        <source>Previous document where the annotator layers disagree</source>
        <translation>주석자 레이어가 엇갈리는 이전 문서</translation>
    </message>
    <message>
        <source>Mark the selection as %1, or change the curated span under the cursor to it</source>
        <translation>선택 영역을 %1(으)로 표시하거나 커서 아래 큐레이션 스팬을 그 유형으로 변경</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::DocumentsPane</name>
    <message>
        <source>Filter documents by text</source>
        <translation>텍스트로 문서 거르기</translation>
    </message>
    <message>
        <source>Only documents where the annotator layers disagree on a span of this type</source>
        <translation>이 유형의 스팬에서 주석자 레이어가 일치하지 않는 문서만</translation>
    </message>
    <message>
        <source>Only documents with a hotspot of this class (method.md section 5)</source>
        <translation>이 부류의 핫스팟이 있는 문서만 (method.md 5절)</translation>
    </message>
    <message>
        <source>Hotspots: any</source>
        <translation>핫스팟: 전체</translation>
    </message>
    <message>
        <source>Hotspots: the elite split</source>
        <translation>핫스팟: 엘리트 분열</translation>
    </message>
    <message>
        <source>Hotspots: systematic bias</source>
        <translation>핫스팟: 체계적 편향</translation>
    </message>
    <message>
        <source>Hotspots: complex</source>
        <translation>핫스팟: 복합</translation>
    </message>
    <message>
        <source>Hotspots: minor</source>
        <translation>핫스팟: 경미</translation>
    </message>
    <message>
        <source>Disputed: any type</source>
        <translation>불일치: 모든 유형</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>불일치: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Curation is kept in a project: open one with File &gt; Open Project.</source>
        <translation>큐레이션은 프로젝트에 저장됩니다: 파일 &gt; 프로젝트 열기로 프로젝트를 여세요.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>실행 취소(&amp;U): %1</translation>
    </message>
    <message>
        <source>No curation to undo</source>
        <translation>실행 취소할 큐레이션이 없습니다</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>다시 실행(&amp;R): %1</translation>
    </message>
    <message>
        <source>No curation to redo</source>
        <translation>다시 실행할 큐레이션이 없습니다</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::EndpointKeys</name>
    <message>
        <source>Endpoint %1 needs a key and has none: store one for it in Settings &gt; Endpoints and Keys, or name an environment variable holding it with key_env in the pilot configuration.</source>
        <translation>엔드포인트 %1에 키가 필요하지만 없습니다. 설정 &gt; 엔드포인트와 키에서 키를 저장하거나, 파일럿 구성의 key_env에 키를 담은 환경 변수를 지정하세요.</translation>
    </message>
    <message>
        <source>Endpoint %1 needs a key and has none: store one for it in Settings &gt; Endpoints and Keys, or set the environment variable %2 before starting the workbench.</source>
        <translation>엔드포인트 %1에 키가 필요하지만 없습니다. 설정 &gt; 엔드포인트와 키에서 키를 저장하거나, 워크벤치를 시작하기 전에 환경 변수 %2을(를) 설정하세요.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>아무것도 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::EndpointsDialog</name>
    <message>
        <source>Endpoints and Keys</source>
        <translation>엔드포인트와 키</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>a short name, e.g. openai</source>
        <translation>짧은 이름 (예: openai)</translation>
    </message>
    <message>
        <source>Azure only</source>
        <translation>Azure 전용</translation>
    </message>
    <message>
        <source>Allow plain http to this host (your text travels unencrypted)</source>
        <translation>이 호스트에 암호화되지 않은 http 허용 (텍스트가 암호화 없이 전송됩니다)</translation>
    </message>
    <message>
        <source>a PEM file of extra certificate authorities</source>
        <translation>추가 인증 기관의 PEM 파일</translation>
    </message>
    <message>
        <source>paste a key to store it in the system keychain</source>
        <translation>키를 붙여 넣으면 시스템 키체인에 저장합니다</translation>
    </message>
    <message>
        <source>Store &amp;Key</source>
        <translation>키 저장(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Local only: refuse every endpoint that is not this machine</source>
        <translation>로컬 전용(&amp;L): 이 컴퓨터가 아닌 엔드포인트는 모두 거부</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>기본 URL:</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>배포:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API 버전:</translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation>CA 번들:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 키:</translation>
    </message>
    <message>
        <source>Models served:</source>
        <translation>제공 모델:</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain.</source>
        <translation>시스템 키체인에 키가 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>No key is stored for this endpoint.</source>
        <translation>이 엔드포인트에 저장된 키가 없습니다.</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>키체인을 사용할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) served.</source>
        <translation>
            <numerusform>연결됨: 모델 %n개를 제공합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>키체인을 확인하는 중…</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>키를 저장하는 중…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>Every endpoint needs a name.</source>
        <translation>모든 엔드포인트에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Two endpoints are named %1.</source>
        <translation>이름이 %1인 엔드포인트가 두 개 있습니다.</translation>
    </message>
    <message>
        <source>The base URL is not valid.</source>
        <translation>기본 URL이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>%1 (open project)</source>
        <translation>%1 (열린 프로젝트)</translation>
    </message>
    <message>
        <source>It names no environment variable for its key (key_env).</source>
        <translation>키를 담은 환경 변수(key_env)를 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>Its key may also come from the environment variable %1, which is not set.</source>
        <translation>키는 환경 변수 %1에서도 올 수 있지만, 이 변수는 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Its key may also come from the environment variable %1, which is set.</source>
        <translation>키는 환경 변수 %1에서도 올 수 있으며, 이 변수는 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>From the open project&apos;s pilot configuration: shown here, changed there. A key stored here is found by the project&apos;s runs.</source>
        <translation>열린 프로젝트의 파일럿 구성에서 가져온 엔드포인트입니다. 여기서는 보여 주기만 하며 변경은 구성에서 합니다. 여기에 저장한 키는 프로젝트 실행에서 사용됩니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::EvidenceList</name>
    <message>
        <source>Evide&amp;nce in round %1 (click to open the document with every annotator&apos;s layer of the round):</source>
        <translation>라운드 %1의 근거(&amp;N) (클릭하면 라운드의 모든 주석자 레이어와 함께 문서를 엽니다):</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::EvidenceModel</name>
    <message>
        <source>Open %1 in round %2, every annotator&apos;s layer of the round stacked under it</source>
        <translation>라운드 %2에서 %1 열기, 그 아래에 라운드의 모든 주석자 레이어 표시</translation>
    </message>
    <message>
        <source>Pattern “%1”: no document of round %2 has a disputed span of type %3</source>
        <translation>패턴 “%1”: 라운드 %2의 어떤 문서에도 유형 %3의 불일치 스팬이 없습니다</translation>
    </message>
    <message>
        <source>any</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>Pattern “%1”: document %2, “%3” (%4) disputed</source>
        <translation>패턴 “%1”: 문서 %2, “%3”(%4) 불일치</translation>
    </message>
    <message numerus="yes">
        <source>Pattern “%1”: %n more document(s) of round %2 with such a dispute (the Disputed filter of the documents lists them)</source>
        <translation>
            <numerusform>패턴 “%1”: 이런 불일치가 있는 라운드 %2의 문서 %n개 더(문서의 불일치 필터에 모두 나옵니다)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Example “%1”: not found among the %n document(s) of round %2 (compared by their letters and digits, whatever the spaces, punctuation and case); the supervisor may have reworded it</source>
        <translation>
            <numerusform>예시 “%1”: 라운드 %2의 문서 %n개에서 찾지 못했습니다(공백, 문장 부호, 대소문자와 관계없이 글자와 숫자로 비교). 감독자가 바꿔 썼을 수 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Example “%1”: document %2, “%3” (%4) disputed</source>
        <translation>예시 “%1”: 문서 %2, “%3”(%4) 불일치</translation>
    </message>
    <message>
        <source>Example “%1”: document %2, where the annotators agree</source>
        <translation>예시 “%1”: 문서 %2, 주석자들이 일치하는 곳</translation>
    </message>
    <message>
        <source>Round %1&apos;s labels are not in this project, so its documents cannot be opened.</source>
        <translation>라운드 %1의 레이블이 이 프로젝트에 없어 해당 문서를 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ExportDialog</name>
    <message>
        <source>Export a Layer</source>
        <translation>레이어 내보내기</translation>
    </message>
    <message>
        <source>A -DOCSTART- line before each document</source>
        <translation>각 문서 앞에 -DOCSTART- 줄 넣기</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Each format keeps and loses different things; what this export loses is listed here.</source>
        <translation>형식마다 보존하는 정보와 잃는 정보가 다릅니다. 이번 내보내기에서 잃는 정보는 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>레이어:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>CoNLL tags:</source>
        <translation>CoNLL 태그:</translation>
    </message>
    <message>
        <source>Export as brat: choose a directory</source>
        <translation>brat으로 내보내기: 디렉터리 선택</translation>
    </message>
    <message>
        <source>Export Layer</source>
        <translation>레이어 내보내기</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1에 쓰는 중…</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Written to %1; nothing was lost.</source>
        <translation>%1에 썼습니다. 잃은 정보는 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Written to %1; %n span(s) or detail(s) could not be kept, listed below.</source>
        <translation>
            <numerusform>%1에 썼습니다. 스팬 또는 정보 %n개를 보존하지 못했으며 아래에 표시합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) the layer does not cover were left out, so that importing the file reads them as missing, not as documents without entities.</source>
        <translation>
            <numerusform>레이어가 포함하지 않는 문서 %n개를 제외했습니다. 파일을 다시 가져오면 개체가 없는 문서가 아니라 누락된 문서로 읽힙니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::FailedPieces</name>
    <message>
        <source>Annotator</source>
        <translation>주석자</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Pieces that could not be labelled; select one to see the raw reply</source>
        <translation>레이블링하지 못한 조각. 하나를 선택하면 원본 응답을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>%1 could not label document %2 (from character %3): %4</source>
        <translation>%1이(가) 문서 %2(%3번째 문자부터)에 레이블을 붙이지 못했습니다: %4</translation>
    </message>
    <message>
        <source>Raw reply:</source>
        <translation>원본 응답:</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New Pilot Project…</source>
        <translation>새 파일럿 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Export a Layer…</source>
        <translation>레이어 내보내기(&amp;X)…</translation>
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
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>DiZiNER projects (*.dzn);;All files (*)</source>
        <translation>DiZiNER 프로젝트 (*.dzn);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>New Project from &amp;Files…</source>
        <translation>파일에서 새 프로젝트(&amp;F)…</translation>
    </message>
    <message>
        <source>A corpus file and the annotations of systems or people, each shown with what could not be aligned before the project is written</source>
        <translation>코퍼스 파일과 시스템 또는 사람의 주석 파일: 프로젝트를 쓰기 전에 각 파일에서 정렬하지 못한 것을 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::GuidelineHistoryPane</name>
    <message>
        <source>Open a pilot project to see its guideline versions.</source>
        <translation>지침 버전을 보려면 파일럿 프로젝트를 여십시오.</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>이 버전 복원(&amp;R)</translation>
    </message>
    <message>
        <source>Make this text the newest version again; no version is lost</source>
        <translation>이 내용을 다시 최신 버전으로 만듭니다. 어떤 버전도 사라지지 않습니다</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Save this version as Markdown or HTML</source>
        <translation>이 버전을 Markdown 또는 HTML로 저장합니다</translation>
    </message>
    <message>
        <source>Export Guideline</source>
        <translation>지침 내보내기</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Version 0 (the starting point)</source>
        <translation>버전 0 (시작점)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s); select one to see what it changed.</source>
        <translation>
            <numerusform>버전 %n개. 버전을 선택하면 무엇이 바뀌었는지 보여 줍니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from version %1 (removed words struck out, added words underlined):</source>
        <translation>버전 %1 대비 변경 내용 (삭제된 단어는 취소선, 추가된 단어는 밑줄):</translation>
    </message>
    <message>
        <source>no version %1</source>
        <translation>버전 %1이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용자 안내서(&amp;U)</translation>
    </message>
    <message>
        <source>The workbench&apos;s guide, in the program that opens Markdown files</source>
        <translation>작업대 안내서를 Markdown 파일을 여는 프로그램에서 엽니다</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About DiZiNER Workbench</source>
        <translation>DiZiNER Workbench 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>사용자 안내서</translation>
    </message>
    <message>
        <source>The user guide is not installed. It is README.md and docs/guide/ of the source, and is installed under share/doc.</source>
        <translation>사용자 안내서가 설치되어 있지 않습니다. 안내서는 소스의 README.md와 docs/guide/이며 share/doc 아래에 설치됩니다.</translation>
    </message>
    <message>
        <source>No program opened the user guide. It is here: %1</source>
        <translation>사용자 안내서를 연 프로그램이 없습니다. 안내서 위치: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ImportLayerDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Import Layer</source>
        <translation>레이어 가져오기</translation>
    </message>
    <message>
        <source>Open a project first: layers are imported into it.</source>
        <translation>먼저 프로젝트를 여십시오. 레이어는 프로젝트로 가져옵니다.</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>%1에 쓰는 중…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>아무것도 가져오지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LabellingChoice</name>
    <message>
        <source>The guideline version to label under</source>
        <translation>레이블링에 사용할 가이드라인 버전</translation>
    </message>
    <message>
        <source>The annotator to label with</source>
        <translation>레이블링에 쓸 주석자</translation>
    </message>
    <message>
        <source>Interactive calls, or the provider&apos;s batch engine: half the price, results within 24 hours</source>
        <translation>개별 호출 또는 제공자의 배치 엔진: 절반 가격, 24시간 이내 결과</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>개별 호출</translation>
    </message>
    <message>
        <source>OpenAI batch</source>
        <translation>OpenAI 배치</translation>
    </message>
    <message>
        <source>Anthropic batch</source>
        <translation>Anthropic 배치</translation>
    </message>
    <message>
        <source>Guideline the rounds chose (v%1)</source>
        <translation>라운드가 선택한 가이드라인 (v%1)</translation>
    </message>
    <message>
        <source>Guideline the rounds chose</source>
        <translation>라운드가 선택한 가이드라인</translation>
    </message>
    <message>
        <source>Guideline v%1</source>
        <translation>가이드라인 v%1</translation>
    </message>
    <message>
        <source>The one that agreed most (%1)</source>
        <translation>일치도가 가장 높은 애노테이터 (%1)</translation>
    </message>
    <message>
        <source>The one that agreed most</source>
        <translation>일치도가 가장 높은 주석자</translation>
    </message>
    <message>
        <source>No round has run yet: nothing to choose by.</source>
        <translation>아직 실행된 라운드가 없어 선택 기준이 없습니다.</translation>
    </message>
    <message>
        <source>Labels with %1 under guideline v%2: %3</source>
        <translation>%1이(가) 가이드라인 v%2로 레이블링합니다: %3</translation>
    </message>
    <message>
        <source>(the annotator is your choice)</source>
        <translation>(애노테이터는 사용자가 선택함)</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LabellingControls</name>
    <message>
        <source>Label every document with one annotator under the current guideline; the first press shows what it costs</source>
        <translation>현재 지침에 따라 한 주석자로 모든 문서에 레이블을 붙입니다. 처음 누르면 비용을 보여 줍니다</translation>
    </message>
    <message>
        <source>Cancel the pending batches at the provider, so that they cost no more; what they answered so far is labelled</source>
        <translation>제공자에서 대기 중인 배치를 취소해 더 이상 비용이 들지 않게 합니다. 지금까지 응답한 것은 레이블링됩니다</translation>
    </message>
    <message>
        <source>Label the C&amp;orpus…</source>
        <translation>코퍼스 레이블링(&amp;O)…</translation>
    </message>
    <message>
        <source>Start Labelli&amp;ng (no price)</source>
        <translation>레이블링 시작(&amp;N) (가격 없음)</translation>
    </message>
    <message>
        <source>Start Labelli&amp;ng (about %1)</source>
        <translation>레이블링 시작(&amp;N) (약 %1)</translation>
    </message>
    <message>
        <source>C&amp;ancel Batches</source>
        <translation>배치 취소(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LayerFileList</name>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>읽기 중지(&amp;S)</translation>
    </message>
    <message>
        <source>Layer name</source>
        <translation>레이어 이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>읽은 결과</translation>
    </message>
    <message>
        <source>Add the corpus file first: its documents and tokens are the project&apos;s, its annotations a layer. Every file added after it is aligned to it as a layer of its own.</source>
        <translation>먼저 코퍼스 파일을 추가하십시오. 그 문서와 토큰이 프로젝트의 것이 되고, 그 주석은 하나의 레이어가 됩니다. 그 뒤에 추가하는 파일은 각각 자신의 레이어로서 코퍼스에 정렬됩니다.</translation>
    </message>
    <message>
        <source>Add the files to import: each is aligned to the project&apos;s corpus as a layer of its own.</source>
        <translation>가져올 파일을 추가하십시오. 각 파일은 자신의 레이어로서 프로젝트의 코퍼스에 정렬됩니다.</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>파일에서 감지</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>파일 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;brat Folder…</source>
        <translation>brat 폴더 추가(&amp;B)…</translation>
    </message>
    <message>
        <source>Add Annotation Files</source>
        <translation>주석 파일 추가</translation>
    </message>
    <message>
        <source>All files (*);;CoNLL files (*.conll *.conllu *.iob2 *.bio *.txt *.tsv);;JSON lines (*.jsonl *.json)</source>
        <translation>모든 파일 (*);;CoNLL 파일 (*.conll *.conllu *.iob2 *.bio *.txt *.tsv);;JSON Lines (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Add a brat Folder</source>
        <translation>brat 폴더 추가</translation>
    </message>
    <message>
        <source>system</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>person</source>
        <translation>사람</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>정답(gold)</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>%1 읽는 중 (%3개 중 %2번째)…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>waits for a corpus file that can be read</source>
        <translation>읽을 수 있는 코퍼스 파일을 기다립니다</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>읽지 못함: %1</translation>
    </message>
    <message>
        <source>Add the corpus file.</source>
        <translation>코퍼스 파일을 추가하십시오.</translation>
    </message>
    <message>
        <source>Add the files to import.</source>
        <translation>가져올 파일을 추가하십시오.</translation>
    </message>
    <message>
        <source>%1 could not be read: remove it, or correct it and add it again. Nothing is written while a file fails.</source>
        <translation>%1을(를) 읽지 못했습니다. 제거하거나, 고친 뒤 다시 추가하십시오. 읽지 못한 파일이 있는 동안에는 아무것도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <source>The layer of %1 needs a name.</source>
        <translation>%1의 레이어에 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Two layers are named %1: rename one.</source>
        <translation>두 레이어의 이름이 %1입니다. 하나의 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>The project has a layer named %1 already: rename the new one.</source>
        <translation>프로젝트에 이미 %1(이)라는 레이어가 있습니다. 새 레이어의 이름을 바꾸십시오.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LayerStackModel</name>
    <message>
        <source>%1 does not cover this document: it gave &apos;%2&apos; no tag, which is a missing value to agreement, not O</source>
        <translation>%1에는 이 문서가 없습니다: &apos;%2&apos;에 태그가 없으며, 이는 O가 아니라 일치도의 결측값입니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n layer(s) give &apos;%2&apos; the tag %3: %4</source>
        <translation>
            <numerusform>레이어 %n개 중 %1개가 &apos;%2&apos;에 태그 %3을(를) 붙였습니다: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), from %3</source>
        <translation>%1 (%2), 출처 %3</translation>
    </message>
    <message numerus="yes">
        <source>Covers %1 of %n document(s).</source>
        <translation>
            <numerusform>문서 %n개 중 %1개를 포함합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Derived from the pilot&apos;s records: the project was saved before the workbench kept which documents a layer covers.</source>
        <translation>파일럿 기록에서 도출: 이 프로젝트는 워크벤치가 레이어별 포함 문서를 기록하기 전에 저장되었습니다.</translation>
    </message>
    <message>
        <source>Assumed: the project was saved before the workbench kept which documents a layer covers. If the layer&apos;s file lacked documents, import it again.</source>
        <translation>가정: 이 프로젝트는 워크벤치가 레이어별 포함 문서를 기록하기 전에 저장되었습니다. 레이어 파일에 없는 문서가 있었다면 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>It does not cover this document.</source>
        <translation>이 문서를 포함하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::LossReportView</name>
    <message>
        <source>Not kept</source>
        <translation>가져오지 못함</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 정보</translation>
    </message>
    <message numerus="yes">
        <source>corpus: %n document(s)</source>
        <translation>
            <numerusform>코퍼스: 문서 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>스팬 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s), all aligned</source>
        <translation>
            <numerusform>스팬 %n개, 모두 정렬됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) aligned</source>
        <translation>
            <numerusform>스팬 %n개 정렬됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the corpus: %n document(s)</source>
        <translation>
            <numerusform>%1은(는) 코퍼스입니다: 문서 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>토큰 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) as its layer.</source>
        <translation>
            <numerusform>레이어로서 스팬 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n span(s) aligned to the corpus.</source>
        <translation>
            <numerusform>%1: 스팬 %n개를 코퍼스에 정렬했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every span of the file was aligned.</source>
        <translation>파일의 모든 스팬을 정렬했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) could not be aligned and are not imported; they are listed below.</source>
        <translation>
            <numerusform>스팬 %n개는 정렬하지 못해 가져오지 않습니다. 아래에 나열합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) of the file have no partner in the corpus.</source>
        <translation>
            <numerusform>파일의 토큰 %n개는 코퍼스에 짝이 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) are spelt differently from the corpus&apos;s and were paired anyway.</source>
        <translation>
            <numerusform>토큰 %n개는 코퍼스와 철자가 다르지만 짝지었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of the corpus are not in this file: agreement reads them as missing, not as documents without entities.</source>
        <translation>
            <numerusform>코퍼스의 문서 %n개가 이 파일에 없습니다. 일치도는 이를 개체가 없는 문서가 아니라 누락된 값으로 읽습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), listed below.</source>
        <translation>
            <numerusform>경고 %n개, 아래에 나열합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>on no token</source>
        <translation>토큰 위에 있지 않음</translation>
    </message>
    <message>
        <source>begins or ends inside a token</source>
        <translation>토큰 안에서 시작하거나 끝남</translation>
    </message>
    <message>
        <source>first or last token not in the corpus</source>
        <translation>첫 토큰 또는 마지막 토큰이 코퍼스에 없음</translation>
    </message>
    <message>
        <source>tokens differ from the corpus&apos;s</source>
        <translation>토큰이 코퍼스와 다름</translation>
    </message>
    <message>
        <source>would cross a sentence boundary</source>
        <translation>문장 경계를 넘게 됨</translation>
    </message>
    <message>
        <source>in a document the file does not cover</source>
        <translation>파일이 다루지 않는 문서 안에 있음</translation>
    </message>
    <message>
        <source>discontinuous</source>
        <translation>불연속</translation>
    </message>
    <message>
        <source>overlaps another span</source>
        <translation>다른 스팬과 겹침</translation>
    </message>
    <message numerus="yes">
        <source>%n not aligned</source>
        <translation>
            <numerusform>%n개는 정렬되지 않음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::MainWindow</name>
    <message>
        <source>DiZiNER Workbench</source>
        <translation>DiZiNER 워크벤치</translation>
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
        <source>The language changes when the workbench starts again.</source>
        <translation>바뀐 언어는 워크벤치를 다시 시작하면 적용됩니다.</translation>
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
        <source>Could not open: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Instruction review</source>
        <translation>지침 검토</translation>
    </message>
    <message>
        <source>Guideline versions</source>
        <translation>지침 버전</translation>
    </message>
    <message>
        <source>Pilot run</source>
        <translation>파일럿 실행</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>라운드</translation>
    </message>
    <message>
        <source>Stop the pilot run before opening another project.</source>
        <translation>다른 프로젝트를 열기 전에 파일럿 실행을 중지하십시오.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Disagreement</source>
        <translation>다음 불일치(&amp;N)</translation>
    </message>
    <message>
        <source>The next document where the annotator layers disagree (N in the text)</source>
        <translation>주석자 레이어가 일치하지 않는 다음 문서 (텍스트에서 N)</translation>
    </message>
    <message>
        <source>&amp;Previous Disagreement</source>
        <translation>이전 불일치(&amp;P)</translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>용례 검색</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>호출 기록</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>레이어(&amp;L)</translation>
    </message>
    <message>
        <source>Build &amp;Aggregate Layer…</source>
        <translation>집계 레이어 만들기(&amp;A)…</translation>
    </message>
    <message>
        <source>One label-free layer from the annotator layers, to curate from</source>
        <translation>주석자 레이어로 만든 골드 없는 레이어 하나, 큐레이션의 출발점</translation>
    </message>
    <message>
        <source>The rounds&apos; layers were not read: %1</source>
        <translation>라운드 레이어를 읽지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: pool agreement %2 over %n layer(s)</source>
        <translation>
            <numerusform>%1: 레이어 %n개의 전체 일치도 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the pilot run before rebuilding the round layers.</source>
        <translation>라운드 레이어를 다시 만들기 전에 파일럿 실행을 중지하십시오.</translation>
    </message>
    <message>
        <source>Rebuild &amp;Round Layers</source>
        <translation>라운드 레이어 다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <source>The rounds&apos; annotator layers an older project lacks, made again from its response cache (nothing is sent)</source>
        <translation>오래된 프로젝트에 없는 라운드 주석자 레이어를 응답 캐시에서 다시 만듭니다(아무것도 보내지 않음)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>&amp;Import Layer…</source>
        <translation>레이어 가져오기(&amp;I)…</translation>
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
    <message>
        <source>%1 and %2: strict span F1 %3 on %4</source>
        <translation>%1와(과) %2: %4에서 엄격한 스팬 F1 %3</translation>
    </message>
    <message>
        <source>%1 and %2: no document in common, so nothing was measured</source>
        <translation>%1 대 %2: 공통 문서가 없어 측정된 것이 없습니다</translation>
    </message>
    <message>
        <source>%1. %2 (no mean: no document in common with another layer)</source>
        <translation>%1. %2 (평균 없음: 다른 레이어와 공통 문서 없음)</translation>
    </message>
    <message>
        <source>Layers %1 and %2</source>
        <translation>레이어 %1 대 %2</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::NewProjectFromFilesDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>New Project from Files</source>
        <translation>파일에서 새 프로젝트</translation>
    </message>
    <message>
        <source>The first file is the corpus: its documents and tokens become the project&apos;s, its annotations a layer. Each file after it is aligned to the corpus as a layer of its own; what cannot be aligned is listed before anything is written.</source>
        <translation>첫 파일은 코퍼스입니다. 그 문서와 토큰이 프로젝트의 것이 되고, 그 주석은 하나의 레이어가 됩니다. 그 뒤의 각 파일은 자신의 레이어로서 코퍼스에 정렬되며, 정렬하지 못한 것은 아무것도 쓰기 전에 나열됩니다.</translation>
    </message>
    <message>
        <source>The project file to create (.dzn)</source>
        <translation>만들 프로젝트 파일 (.dzn)</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>프로젝트 파일(&amp;P):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>DiZiNER projects (*.dzn);;All files (*)</source>
        <translation>DiZiNER 프로젝트 (*.dzn);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Name the project file to create.</source>
        <translation>만들 프로젝트 파일의 이름을 정하십시오.</translation>
    </message>
    <message>
        <source>%1 exists: choose it with Choose… to replace it, or name another file.</source>
        <translation>%1이(가) 이미 있습니다. 바꾸려면 선택…으로 고르거나, 다른 파일 이름을 정하십시오.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
    <message>
        <source>Stopped: no project was written.</source>
        <translation>중지됨: 프로젝트를 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>The project was not written: %1</source>
        <translation>프로젝트를 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::NewProjectWizard</name>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>New Pilot Project</source>
        <translation>새 파일럿 프로젝트</translation>
    </message>
    <message>
        <source>a new .dzn file</source>
        <translation>새 .dzn 파일</translation>
    </message>
    <message>
        <source>CoNLL, doccano or Prodigy JSONL, brat, or plain text</source>
        <translation>CoNLL, doccano 또는 Prodigy JSONL, brat, 일반 텍스트</translation>
    </message>
    <message>
        <source>optional: only ever scored, never shown to the annotators</source>
        <translation>선택 사항: 채점에만 쓰이며 주석자에게는 보이지 않습니다</translation>
    </message>
    <message>
        <source>Name a project file ending in .dzn.</source>
        <translation>.dzn으로 끝나는 프로젝트 파일 이름을 정하세요.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation>%1이(가) 이미 있습니다. 새 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Choose the corpus to annotate.</source>
        <translation>주석할 코퍼스를 고르세요.</translation>
    </message>
    <message>
        <source>The gold file %1 does not exist.</source>
        <translation>골드 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>코퍼스</translation>
    </message>
    <message>
        <source>The texts to annotate, and where the project keeps everything about them.</source>
        <translation>주석할 텍스트와, 프로젝트가 그에 관한 모든 것을 보관할 위치.</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>프로젝트 파일:</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>DiZiNER projects (*.dzn)</source>
        <translation>DiZiNER 프로젝트 (*.dzn)</translation>
    </message>
    <message>
        <source>Corpus:</source>
        <translation>코퍼스:</translation>
    </message>
    <message>
        <source>Gold:</source>
        <translation>골드:</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>골드</translation>
    </message>
    <message>
        <source>WNUT-17 (emerging entities)</source>
        <translation>WNUT-17 (신규·희소 개체)</translation>
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
        <translation>직접 작성</translation>
    </message>
    <message>
        <source>Where the texts come from, what the labels are for, what matters most</source>
        <translation>텍스트의 출처, 레이블의 용도, 가장 중요한 점</translation>
    </message>
    <message>
        <source>The scheme is not a JSON object: %1</source>
        <translation>스키마가 JSON 객체가 아닙니다: %1</translation>
    </message>
    <message>
        <source>The scheme: %1</source>
        <translation>스키마: %1</translation>
    </message>
    <message>
        <source>Say what the annotation is for: the supervisor rewrites the guideline towards it.</source>
        <translation>주석의 목적을 적으세요. 감독자가 그 목적에 맞게 지침을 고쳐 씁니다.</translation>
    </message>
    <message>
        <source>Scheme and goal</source>
        <translation>스키마와 목표</translation>
    </message>
    <message>
        <source>The entity types with their definitions and examples, and the task&apos;s goal.</source>
        <translation>정의와 예시를 갖춘 개체 유형, 그리고 작업의 목표.</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>시작점:</translation>
    </message>
    <message>
        <source>Scheme (JSON):</source>
        <translation>스키마 (JSON):</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>목표:</translation>
    </message>
    <message>
        <source>One model per line, e.g.
gpt-4o-mini
claude-haiku-4-5</source>
        <translation>한 줄에 모델 하나, 예:
gpt-4o-mini
claude-haiku-4-5</translation>
    </message>
    <message>
        <source>Add an endpoint first (Settings &gt; Endpoints and Keys).</source>
        <translation>먼저 엔드포인트를 추가하세요 (설정 &gt; 엔드포인트와 키).</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>주석자</translation>
    </message>
    <message>
        <source>Several different models annotate; their disagreements drive the guideline.</source>
        <translation>서로 다른 여러 모델이 주석하며, 그 불일치가 지침을 이끕니다.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>엔드포인트:</translation>
    </message>
    <message>
        <source>Annotator models:</source>
        <translation>주석자 모델:</translation>
    </message>
    <message>
        <source>Supervisor model:</source>
        <translation>감독자 모델:</translation>
    </message>
    <message>
        <source>Documents per round:</source>
        <translation>라운드당 문서 수:</translation>
    </message>
    <message>
        <source>Rounds at most:</source>
        <translation>최대 라운드 수:</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>프로젝트를 만드는 중…</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::PilotController</name>
    <message>
        <source>Guideline written to %1</source>
        <translation>지침을 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>The guideline was not written to %1: %2</source>
        <translation>지침을 %1에 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>This project holds no pilot run.</source>
        <translation>이 프로젝트에는 파일럿 실행이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>No proposal awaits a decision; guideline version %1 after %n round(s).</source>
        <translation>
            <numerusform>결정을 기다리는 제안이 없습니다. %n라운드 후 지침 버전 %1입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pilot&apos;s state could not be read: %1</source>
        <translation>파일럿 상태를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Saving the decisions…</source>
        <translation>결정을 저장하는 중…</translation>
    </message>
    <message>
        <source>The decisions were not saved: %1</source>
        <translation>결정을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Decisions saved; the next round runs under guideline version %1. Continue the pilot in the Pilot run pane, or with: diziner-cli decide %2</source>
        <translation>결정을 저장했습니다. 다음 라운드는 지침 버전 %1로 진행됩니다. 파일럿 실행 창에서 계속하거나 다음 명령을 쓰십시오: diziner-cli decide %2</translation>
    </message>
    <message>
        <source>Guideline version %1 saved.</source>
        <translation>지침 버전 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>버전 %1을(를) 버전 %2(으)로 복원했습니다.</translation>
    </message>
    <message>
        <source>Version %1 was not restored: %2</source>
        <translation>버전 %1을(를) 복원하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::PriceTableModel</name>
    <message>
        <source>Row %1 names no model.</source>
        <translation>%1행에 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Row %1 prices %2 a second time.</source>
        <translation>%1행이 %2의 가격을 한 번 더 정합니다.</translation>
    </message>
    <message>
        <source>as input</source>
        <translation>입력과 같음</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>캐시된 입력</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Batch factor</source>
        <translation>배치 비율</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>A model id, or the start of one: the longest match prices a model</source>
        <translation>모델 ID 또는 그 앞부분: 가장 길게 일치하는 항목이 모델의 가격이 됩니다</translation>
    </message>
    <message>
        <source>USD per million prompt tokens</source>
        <translation>프롬프트 토큰 100만 개당 USD</translation>
    </message>
    <message>
        <source>USD per million prompt tokens read from the provider&apos;s prompt cache; blank: priced as input</source>
        <translation>제공자가 프롬프트 캐시에서 읽은 프롬프트 토큰 100만 개당 USD. 비워 두면 입력 가격으로 계산</translation>
    </message>
    <message>
        <source>USD per million completion tokens, reasoning tokens included</source>
        <translation>완성 토큰 100만 개당 USD (추론 토큰 포함)</translation>
    </message>
    <message>
        <source>The price through a provider&apos;s batch engine, as a share of this one (0 to 1)</source>
        <translation>제공자의 배치 엔진을 통한 가격, 이 가격에 대한 비율 (0~1)</translation>
    </message>
    <message>
        <source>When you took the price</source>
        <translation>가격을 가져온 날짜</translation>
    </message>
    <message>
        <source>Where you took it from</source>
        <translation>가격을 가져온 곳</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::PricesDialog</name>
    <message>
        <source>Prices</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>What calls cost, in USD per million tokens, as you take them from your providers&apos; price lists. Runs and estimates from the workbench use these from now on; for a model a pilot&apos;s configuration prices too, yours win. A model without a row has no price: its costs read &quot;no price&quot;. Calls already made keep the price they were made at.</source>
        <translation>호출 비용을 제공자의 가격표에서 가져온 대로 토큰 100만 개당 USD로 입력합니다. 워크벤치의 실행과 추정은 지금부터 이 가격을 사용하며, 파일럿 구성에도 가격이 있는 모델은 여기 입력한 가격이 우선합니다. 행이 없는 모델은 가격이 없으며 비용이 &quot;가격 없음&quot;으로 표시됩니다. 이미 한 호출은 당시의 가격을 유지합니다.</translation>
    </message>
    <message>
        <source>&amp;Add Price</source>
        <translation>가격 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Price</source>
        <translation>가격 제거(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ProjectOpener</name>
    <message>
        <source>WNUT-17 sample — DiZiNER Workbench</source>
        <translation>WNUT-17 예제 — DiZiNER 워크벤치</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <source>%1 — DiZiNER Workbench</source>
        <translation>%1 — DiZiNER 워크벤치</translation>
    </message>
    <message numerus="yes">
        <source>Coverage assumed for %n layer(s): %1. The project was saved before the workbench kept which documents a layer covers, and nothing else in it says so; they are read as covering every document. If a layer&apos;s file lacked documents, import it again: agreement then counts them as missing, not as documents without entities.</source>
        <translation>
            <numerusform>레이어 %n개의 포함 범위를 가정함: %1. 이 프로젝트는 워크벤치가 레이어별 포함 문서를 기록하기 전에 저장되었고 달리 알려 주는 기록도 없어, 모든 문서를 포함하는 것으로 읽습니다. 레이어 파일에 없는 문서가 있었다면 다시 가져오십시오. 그러면 일치도는 그 문서를 개체가 없는 문서가 아니라 누락된 문서로 셉니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coverage derived for %n layer(s): %1. The project was saved before the workbench kept which documents a layer covers; the pilot&apos;s records (a round&apos;s batch, the documents a labelling could not label) give it.</source>
        <translation>
            <numerusform>레이어 %n개의 포함 범위를 도출함: %1. 이 프로젝트는 워크벤치가 레이어별 포함 문서를 기록하기 전에 저장되었으며, 파일럿 기록(라운드의 배치, 레이블링하지 못한 문서)에서 포함 범위를 얻었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the sample project…</source>
        <translation>예제 프로젝트를 만드는 중…</translation>
    </message>
    <message>
        <source>%1: the data directory cannot be made</source>
        <translation>%1: 데이터 디렉터리를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Opening the sample project…</source>
        <translation>예제 프로젝트를 여는 중…</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ProposalModel</name>
    <message>
        <source>undecided</source>
        <translation>미결정</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>accepted as edited</source>
        <translation>수정하여 수락</translation>
    </message>
    <message>
        <source>Add an instruction for all annotators</source>
        <translation>모든 주석자에게 지침 추가</translation>
    </message>
    <message>
        <source>Add an instruction for annotator %1</source>
        <translation>주석자 %1에게 지침 추가</translation>
    </message>
    <message>
        <source>Change an instruction for all annotators</source>
        <translation>모든 주석자의 지침 변경</translation>
    </message>
    <message>
        <source>Change an instruction for annotator %1</source>
        <translation>주석자 %1의 지침 변경</translation>
    </message>
    <message>
        <source>Remove an instruction for all annotators</source>
        <translation>모든 주석자의 지침 삭제</translation>
    </message>
    <message>
        <source>Remove an instruction for annotator %1</source>
        <translation>주석자 %1의 지침 삭제</translation>
    </message>
    <message>
        <source>Rewrite the goal</source>
        <translation>목표 다시 쓰기</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ProposalReviewPane</name>
    <message>
        <source>Your wording of this instruction</source>
        <translation>이 지침을 직접 쓴 문구</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>수락(&amp;A)</translation>
    </message>
    <message>
        <source>Accept this change (A)</source>
        <translation>이 변경을 수락합니다 (A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>거부(&amp;R)</translation>
    </message>
    <message>
        <source>Reject this change (R)</source>
        <translation>이 변경을 거부합니다 (R)</translation>
    </message>
    <message>
        <source>Accept this change in your own words (E)</source>
        <translation>이 변경을 직접 고쳐 쓴 문구로 수락합니다 (E)</translation>
    </message>
    <message>
        <source>Accept your wording (Ctrl+Return)</source>
        <translation>직접 쓴 문구를 수락합니다 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Accept every change not decided yet, unread or not</source>
        <translation>읽었는지와 관계없이 아직 결정하지 않은 모든 변경을 수락합니다</translation>
    </message>
    <message>
        <source>Record the decisions and the next guideline version in the project</source>
        <translation>결정과 다음 지침 버전을 프로젝트에 기록합니다</translation>
    </message>
    <message>
        <source>Open a pilot project to review the supervisor&apos;s proposals.</source>
        <translation>감독 모델의 제안을 검토하려면 파일럿 프로젝트를 여십시오.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>근거:</translation>
    </message>
    <message>
        <source>Disagreements it answers:</source>
        <translation>해소하려는 불일치:</translation>
    </message>
    <message>
        <source>Share of the guideline it rewrites:</source>
        <translation>지침에서 다시 쓰는 비율:</translation>
    </message>
    <message>
        <source>Change (removed words struck out, added words underlined):</source>
        <translation>변경 내용 (삭제된 단어는 취소선, 추가된 단어는 밑줄):</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: the supervisor proposes %n change(s)</source>
        <translation>
            <numerusform>라운드 %1: 감독 모델이 변경 %n개를 제안합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undecided</source>
        <translation>
            <numerusform>미결정 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; root cause: %2</source>
        <translation>%1. 근본 원인: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>예시:</translation>
    </message>
    <message>
        <source>correct: %1</source>
        <translation>정답: %1</translation>
    </message>
    <message>
        <source>common error: %1</source>
        <translation>흔한 오류: %1</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>이유: %1</translation>
    </message>
    <message>
        <source>Edited: your text replaces the proposed one; the examples are still the proposed ones.</source>
        <translation>편집됨: 제안된 문장 대신 입력한 문장이 쓰이며, 예시는 제안된 예시 그대로입니다.</translation>
    </message>
    <message>
        <source>No existing instructions yet: additions only, so no change cap applies.</source>
        <translation>아직 기존 지침이 없습니다: 추가만 있으므로 변경 한도가 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>Edits and removals change %1 of the %2 words of the existing instructions (%3%; the cap is %4%).</source>
        <translation>수정과 삭제가 기존 지침 %2단어 중 %1단어를 바꿉니다 (%3%; 한도는 %4%).</translation>
    </message>
    <message>
        <source>Accept Ed&amp;ited Text</source>
        <translation>수정한 문구 수락(&amp;I)</translation>
    </message>
    <message>
        <source>Accept All Re&amp;maining</source>
        <translation>남은 변경 모두 수락(&amp;M)</translation>
    </message>
    <message>
        <source>Save &amp;Decisions</source>
        <translation>결정 저장(&amp;D)</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>수정(&amp;T)…</translation>
    </message>
    <message>
        <source>Accept the change</source>
        <translation>변경 수락</translation>
    </message>
    <message>
        <source>Reject the change</source>
        <translation>변경 거절</translation>
    </message>
    <message>
        <source>Accept the change in your own words</source>
        <translation>변경을 자신의 말로 수락</translation>
    </message>
    <message>
        <source>Accept your wording of the change</source>
        <translation>직접 쓴 변경 문구 수락</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 프로젝트 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundLayerRefresh</name>
    <message>
        <source>%1 holds another corpus now: open it again.</source>
        <translation>%1에 이제 다른 코퍼스가 있습니다. 다시 여세요.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundLayerRepair</name>
    <message>
        <source>Rebuilding the round layers from the response cache…</source>
        <translation>응답 캐시에서 라운드 레이어를 다시 만드는 중…</translation>
    </message>
    <message>
        <source>The round layers were not rebuilt: %1</source>
        <translation>라운드 레이어를 다시 만들지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Round layers rebuilt from the response cache: %n layer(s).</source>
        <translation>
            <numerusform>응답 캐시에서 라운드 레이어를 다시 만들었습니다: 레이어 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rebuilt: round %1, annotator %2: %3</source>
        <translation>다시 만들지 못함: 라운드 %1, 주석자 %2: %3</translation>
    </message>
    <message>
        <source>guideline v%1, which its prompts carried, is not in the project</source>
        <translation>프롬프트에 담겼던 지침 v%1이(가) 프로젝트에 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>its batch names document %1, and the corpus has %n document(s)</source>
        <translation>
            <numerusform>배치가 문서 %1을(를) 가리키지만 코퍼스의 문서는 %n개입니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the run&apos;s configuration has no annotator of that name</source>
        <translation>실행 구성에 그 이름의 주석자가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its replies to %n piece(s) are not in the response cache (documents %1): purged, or never kept</source>
        <translation>
            <numerusform>조각 %n개에 대한 응답이 응답 캐시에 없습니다(문서 %1): 삭제되었거나 보관된 적이 없습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The layer “%1” is now called “%2”: a round layer of the pilot takes its name. The layer itself is kept.</source>
        <translation>레이어 “%1”의 이름이 이제 “%2”입니다: 파일럿의 라운드 레이어가 그 이름을 씁니다. 레이어 자체는 보존됩니다.</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundRecord</name>
    <message>
        <source>The round to show, as the project keeps it</source>
        <translation>표시할 라운드(프로젝트에 저장된 그대로)</translation>
    </message>
    <message>
        <source>Select a call to see its request and response (keys redacted), or a failed piece to see its raw reply.</source>
        <translation>호출을 선택하면 요청과 응답(키는 가려짐)을, 실패한 조각을 선택하면 원본 응답을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>라운드:</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>라운드 %1</translation>
    </message>
    <message>
        <source>No round has been analysed yet.</source>
        <translation>아직 분석된 라운드가 없습니다.</translation>
    </message>
    <message>
        <source>This project holds no pilot run.</source>
        <translation>이 프로젝트에는 파일럿 실행이 없습니다.</translation>
    </message>
    <message>
        <source>No round chosen.</source>
        <translation>선택한 라운드가 없습니다.</translation>
    </message>
    <message>
        <source>Reading the round&apos;s reports…</source>
        <translation>라운드 보고서를 읽는 중…</translation>
    </message>
    <message>
        <source>Round %1&apos;s calls and reports cannot be read: %2</source>
        <translation>라운드 %1의 호출과 보고서를 읽을 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) kept</source>
        <translation>
            <numerusform>호출 %n개 저장됨</numerusform>
        </translation>
    </message>
    <message>
        <source>its calls are not in the project&apos;s call log (run before the workbench kept them, or stopped before the round was analysed)</source>
        <translation>호출이 프로젝트 호출 기록에 없습니다(워크벤치가 호출을 저장하기 전에 실행되었거나 라운드 분석 전에 중지됨)</translation>
    </message>
    <message numerus="yes">
        <source>Guideline version %1, %n document(s), pool agreement %2 (95% interval %3 to %4)</source>
        <translation>
            <numerusform>지침 버전 %1, 문서 %n개, 전체 일치도 %2(95% 구간 %3~%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>주석자</translation>
    </message>
    <message>
        <source>Failures and Calls</source>
        <translation>실패와 호출</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundReportsView</name>
    <message>
        <source>The hotspot report of the round, or one annotator&apos;s error report</source>
        <translation>라운드의 핫스팟 보고서 또는 한 주석자의 오류 보고서</translation>
    </message>
    <message>
        <source>Show the report as the Markdown the round wrote</source>
        <translation>라운드가 작성한 Markdown 그대로 보고서 표시</translation>
    </message>
    <message>
        <source>No round chosen.</source>
        <translation>선택한 라운드가 없습니다.</translation>
    </message>
    <message>
        <source>Hotspots of round %1</source>
        <translation>라운드 %1의 핫스팟</translation>
    </message>
    <message>
        <source>Errors of %1</source>
        <translation>%1의 오류</translation>
    </message>
    <message>
        <source>Round %1&apos;s reports are not in the project: it was analysed before the workbench kept them. A run from the command line wrote them into its folder round-%1/.</source>
        <translation>라운드 %1의 보고서가 프로젝트에 없습니다: 워크벤치가 보고서를 저장하기 전에 분석되었습니다. 명령줄 실행은 보고서를 실행 폴더의 round-%1/에 기록했습니다.</translation>
    </message>
    <message>
        <source>Markdown source</source>
        <translation>Markdown 원문</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundSelector</name>
    <message>
        <source>Rounds</source>
        <translation>라운드</translation>
    </message>
    <message>
        <source>Which annotator layers the window shows and compares, over which documents</source>
        <translation>창에서 어떤 주석자 레이어를 어떤 문서에 대해 보여 주고 비교할지</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>라운드 %1</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>모든 레이어</translation>
    </message>
    <message>
        <source>Final labelling</source>
        <translation>최종 레이블링</translation>
    </message>
    <message>
        <source>Every annotator layer, of every round, over every document</source>
        <translation>모든 라운드의 모든 주석자 레이어, 모든 문서 대상</translation>
    </message>
    <message>
        <source>The corpus as the chosen annotators labelled it after the rounds, over every document</source>
        <translation>라운드 후 선택된 주석자가 레이블링한 코퍼스, 모든 문서 대상</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>표시(&amp;W):</translation>
    </message>
    <message>
        <source>Rebuild Round Layers</source>
        <translation>라운드 레이어 다시 만들기</translation>
    </message>
    <message>
        <source>Make the rounds&apos; missing annotator layers again from the project&apos;s response cache, sending nothing</source>
        <translation>라운드에 없는 주석자 레이어를 프로젝트의 응답 캐시에서 다시 만듭니다. 아무것도 보내지 않습니다</translation>
    </message>
    <message>
        <source>Round %1 (labels missing)</source>
        <translation>라운드 %1 (레이블 없음)</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 (%n layer(s) missing)</source>
        <translation>
            <numerusform>라운드 %1 (레이어 %n개 없음)</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1: its %2 over its batch of %3, as the pilot measured them</source>
        <translation>라운드 %1: 배치 %3에 대한 %2, 파일럿이 측정한 그대로</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator layer(s)</source>
        <translation>
            <numerusform>주석자 레이어 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>문서 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RoundsChart</name>
    <message>
        <source>Pool agreement</source>
        <translation>전체 일치도</translation>
    </message>
    <message>
        <source>Mean F1 against gold</source>
        <translation>정답 대비 평균 F1</translation>
    </message>
    <message>
        <source>Agreement by round</source>
        <translation>라운드별 일치도</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>라운드</translation>
    </message>
    <message>
        <source>Cost by round (USD, at your prices)</source>
        <translation>라운드별 비용 (USD, 입력한 가격 기준)</translation>
    </message>
    <message>
        <source>Rounds appear here as the pilot runs.</source>
        <translation>파일럿이 진행되면 라운드가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 구간</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>애노테이터</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>슈퍼바이저</translation>
    </message>
    <message>
        <source>Round %1: pool agreement %2 [%3, %4]</source>
        <translation>라운드 %1: 풀 일치도 %2 [%3, %4]</translation>
    </message>
    <message>
        <source>Improvement over round %1: %2 [%3, %4]</source>
        <translation>라운드 %1 대비 개선: %2 [%3, %4]</translation>
    </message>
    <message>
        <source>No improvement measured: the round before changed no instruction</source>
        <translation>개선을 측정하지 않음: 이전 라운드가 지침을 바꾸지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>Cost by round (USD, at your prices; %n call(s) with no price left out)</source>
        <translation>
            <numerusform>라운드별 비용 (USD, 입력한 가격 기준; 가격 없는 호출 %n회 제외)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RunCounters</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>호출 %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>실패 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>tokens in %1, out %2</source>
        <translation>입력 토큰 %1, 출력 토큰 %2</translation>
    </message>
    <message numerus="yes">
        <source>Batches: %n request(s)</source>
        <translation>
            <numerusform>배치: 요청 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered, %2 failed, %3 batch(es) pending</source>
        <translation>응답 %1건, 실패 %2건, 대기 중인 배치 %3개</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RunEstimate</name>
    <message numerus="yes">
        <source>Round %1: %n call(s), at most %2 tokens; no price for its models (Settings &gt; Prices).</source>
        <translation>
            <numerusform>라운드 %1: 호출 %n회, 최대 토큰 %2개. 모델의 가격이 없습니다 (설정 &gt; 가격).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n call(s), at most %2 tokens, about %3 at your prices.</source>
        <translation>
            <numerusform>라운드 %1: 호출 %n회, 최대 토큰 %2개, 입력한 가격 기준 약 %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelling with %1: %n call(s), %2 answered before, about %3 tokens; no price for its model (Settings &gt; Prices).</source>
        <translation>
            <numerusform>%1(으)로 레이블링: 호출 %n건, 이미 응답된 %2건, 약 %3 토큰. 모델의 가격이 없습니다 (설정 &gt; 가격).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelling with %1: %n call(s), %2 answered before, about %3 tokens; about %4 interactive, %5 by batch at your prices.</source>
        <translation>
            <numerusform>%1(으)로 레이블링: 호출 %n건, 이미 응답된 %2건, 약 %3 토큰. 입력한 가격 기준 개별 호출 약 %4, 배치 %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RunProgress</name>
    <message>
        <source>Embedding the pool</source>
        <translation>풀 임베딩 중</translation>
    </message>
    <message>
        <source>Annotating</source>
        <translation>주석 작업</translation>
    </message>
    <message>
        <source>Labelling the pool</source>
        <translation>전체 데이터 주석</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Asking the supervisor</source>
        <translation>감독 모델에 질의</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RunStatus</name>
    <message numerus="yes">
        <source>The pilot has finished: %n round(s), guideline version %1.</source>
        <translation>
            <numerusform>파일럿이 끝났습니다: %n라운드, 지침 버전 %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 awaits your decisions in the instruction review.</source>
        <translation>라운드 %1이(가) 지침 검토에서 결정을 기다리고 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to continue: %n round(s) done, guideline version %1.</source>
        <translation>
            <numerusform>계속할 준비가 되었습니다: %n라운드 완료, 지침 버전 %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pilot has finished.</source>
        <translation>파일럿이 끝났습니다.</translation>
    </message>
    <message>
        <source>A proposal awaits your decisions in the instruction review.</source>
        <translation>지침 검토에서 제안이 결정을 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>The pilot stopped: %1</source>
        <translation>파일럿이 중지되었습니다: %1</translation>
    </message>
    <message>
        <source>Labelling stopped: %1</source>
        <translation>레이블링 중지됨: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retrying runs round %1 again: its %n failed piece(s) are sent again, every other call is answered from the cache, and the round&apos;s proposal is replaced by a new one (decisions not yet saved are lost). Press Confirm Retry to go on.</source>
        <translation>
            <numerusform>다시 시도하면 %1 라운드를 다시 실행합니다. 실패한 조각 %n개를 다시 보내고, 다른 호출은 모두 캐시에서 응답하며, 라운드의 제안은 새 제안으로 바뀝니다(아직 저장하지 않은 결정은 사라집니다). 계속하려면 다시 시도 확인을 누르세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>스팬 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Labelled with %1: %2 in the layer final-%1.</source>
        <translation>%1(으)로 레이블링 완료: final-%1 레이어에 %2.</translation>
    </message>
    <message numerus="yes">
        <source>Labelled with %1: %2 in the layer final-%1; %n piece(s) could not be labelled (listed under Failed; Retry Failed sends them again).</source>
        <translation>
            <numerusform>%1(으)로 레이블링 완료: final-%1 레이어에 %2. %n개 조각은 레이블링하지 못했습니다(실패 목록 참조, 실패한 조각 다시 시도로 다시 보낼 수 있음).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::RunsPane</name>
    <message>
        <source>&amp;Continue Pilot</source>
        <translation>파일럿 계속(&amp;C)</translation>
    </message>
    <message>
        <source>Run the pilot to its next proposal or to its end</source>
        <translation>다음 제안이 나오거나 끝날 때까지 파일럿을 실행합니다</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the calls in flight; continue later without paying twice</source>
        <translation>진행 중인 호출을 멈춥니다. 나중에 이어서 해도 비용이 두 번 들지 않습니다</translation>
    </message>
    <message>
        <source>This project holds no pilot run.</source>
        <translation>이 프로젝트에는 파일럿 실행이 없습니다.</translation>
    </message>
    <message>
        <source>The pilot&apos;s configuration cannot be read: %1</source>
        <translation>파일럿 설정을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Reading the endpoints&apos; keys…</source>
        <translation>엔드포인트 키를 읽는 중…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>Labelling the corpus…</source>
        <translation>코퍼스에 레이블을 붙이는 중…</translation>
    </message>
    <message>
        <source>Press Start Labelling to begin, or Stop.</source>
        <translation>시작하려면 레이블링 시작을, 그만두려면 중지를 누르세요.</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>실패한 조각 다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Send the pieces that could not be labelled again, past the cached replies</source>
        <translation>레이블링하지 못한 조각을 캐시된 응답을 거치지 않고 다시 보냅니다</translation>
    </message>
    <message>
        <source>Select a call to see its request and response (keys redacted), or a failed piece to see its raw reply.</source>
        <translation>호출을 선택하면 요청과 응답을(키는 가려짐), 실패한 조각을 선택하면 원본 응답을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Confirm &amp;Retry</source>
        <translation>다시 시도 확인(&amp;R)</translation>
    </message>
    <message>
        <source>Cancelling the batches at the provider…</source>
        <translation>제공자에서 배치를 취소하는 중…</translation>
    </message>
    <message>
        <source>Every finished round as the project keeps it, however it was run</source>
        <translation>어떻게 실행되었든 프로젝트에 저장된 모든 완료된 라운드</translation>
    </message>
    <message>
        <source>This Session</source>
        <translation>이번 세션</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>라운드</translation>
    </message>
    <message>
        <source>What the workbench ran on this project since it was opened</source>
        <translation>프로젝트를 연 뒤 워크벤치가 이 프로젝트에서 실행한 작업</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::SettingsMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Endpoints and Keys…</source>
        <translation>엔드포인트와 키(&amp;E)…</translation>
    </message>
    <message>
        <source>Your endpoints and the open project&apos;s, their keys in the system keychain</source>
        <translation>내 엔드포인트와 열린 프로젝트의 엔드포인트, 그리고 시스템 키체인의 키</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>가격(&amp;P)…</translation>
    </message>
    <message>
        <source>What calls cost per model: the runs&apos; costs and estimates are priced at it</source>
        <translation>모델별 호출 비용: 실행 비용과 추정에 이 가격을 씁니다</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two keys</comment>
        <translation> 또는 </translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::SpanTextView</name>
    <message>
        <source>%1 (%2 of %3): %4</source>
        <translation>%1 (%3개 중 %2개): %4</translation>
    </message>
    <message>
        <source>no span (%1 of %2): %3</source>
        <translation>스팬 없음 (%2개 중 %1개): %3</translation>
    </message>
</context>
<context>
    <name>Workbench::Ui::ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Show or hide the pane “%1”</source>
        <translation>“%1” 창 표시 또는 숨기기</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>배치 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Every pane open and docked below the document, as at the first start</source>
        <translation>첫 시작 때처럼 모든 창을 열어 문서 아래에 도킹</translation>
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
