// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
// The window as a first start shows it, on a 1600x1000 screen (the offscreen platform's
// configfile, see tests/CMakeLists.txt): most of the screen, every table header and combo box
// whole at that size and at the window's minimum (and every line of a wrapped label), and no two
// labels of the scatter over each other.
#include "languagesettings.h"
#include "mainwindow.h"
#include "views/agreementscatter.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Workbench;

namespace {

// The widest line of \a text in \a metrics.
int widthOf(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n')) {
        widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    return widest;
}

/* The labels of \a header that do not fit: a section must be as wide as its text (in the bold a
 * header uses for a section holding the selection) plus the style's margin on either side, plus
 * room for the sort arrow where it is shown. A vertical header is measured by its width. */
QStringList cutHeaders(const QHeaderView &header, const QString &table)
{
    QFont bold = header.font();
    bold.setBold(true);
    const QFontMetrics metrics(header.highlightSections() ? bold : header.font());
    const int margin = header.style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, &header);
    QStringList cut;
    for (int logical = 0; logical < header.count(); ++logical) {
        const QString text = header.model()->headerData(logical, header.orientation()).toString();
        if (header.isSectionHidden(logical) || text.isEmpty()) {
            continue;
        }
        int needed = widthOf(metrics, text) + 2 * margin;
        if (header.orientation() == Qt::Horizontal && header.isSortIndicatorShown()
            && header.sortIndicatorSection() == logical) {
            needed += header.height() / 2 + 2 * margin;
        }
        const int size =
            header.orientation() == Qt::Horizontal ? header.sectionSize(logical) : header.width();
        if (size < needed) {
            cut.append(u"%1: \"%2\" %3 < %4"_s.arg(table, text).arg(size).arg(needed));
        }
    }
    return cut;
}

// The combo boxes whose text field is narrower than one of their items.
QStringList cutCombos(const QWidget &root)
{
    QStringList cut;
    for (const QComboBox *combo : root.findChildren<QComboBox *>()) {
        if (!combo->isVisible() || combo->isEditable()) {
            continue;
        }
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        const QRect field =
            combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        for (int item = 0; item < combo->count(); ++item) {
            const int needed = combo->fontMetrics().horizontalAdvance(combo->itemText(item));
            if (field.width() < needed) {
                cut.append(u"%1: \"%2\" %3 < %4"_s.arg(combo->objectName(), combo->itemText(item))
                               .arg(field.width())
                               .arg(needed));
            }
        }
    }
    return cut;
}

// The word-wrapped labels shorter than their text needs at their width: a line cut off.
QStringList cutLabels(const QWidget &root)
{
    QStringList cut;
    for (const QLabel *label : root.findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty()) {
            continue;
        }
        const int needed = label->heightForWidth(label->width());
        if (label->height() < needed) {
            cut.append(u"%1: \"%2\" %3 < %4"_s.arg(label->objectName(), label->text().left(40))
                           .arg(label->height())
                           .arg(needed));
        }
    }
    return cut;
}

/* Lets the layouts take in what the analysis filled in (a combo box's items widen it, the splitter
 * and the window follow, one posted layout request after another): events are processed until the
 * window's minimum and size stay the same three times running. */
void settle(const QMainWindow &window)
{
    int still = 0;
    for (int round = 0; round < 100 && still < 3; ++round) {
        const QSize minimum = window.minimumSizeHint();
        const QSize size = window.size();
        QCoreApplication::processEvents();
        still = minimum == window.minimumSizeHint() && size == window.size() ? still + 1 : 0;
    }
}

// Every header and combo box cut in \a window, each dock brought to the front in turn.
QStringList cutAnywhere(QMainWindow &window)
{
    QStringList cut;
    const auto look = [&] {
        for (const QHeaderView *header : window.findChildren<QHeaderView *>()) {
            if (header->isVisible() && header->model() != nullptr) {
                const QWidget *table = header->parentWidget();
                cut.append(cutHeaders(*header, table != nullptr ? table->objectName() : QString()));
            }
        }
        cut.append(cutCombos(window));
        cut.append(cutLabels(window));
    };
    for (QDockWidget *dock : window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        dock->raise();
        QTest::qWait(0); // the dock's tab shown and laid out
        QCoreApplication::processEvents();
        look();
    }
    cut.removeDuplicates();
    return cut;
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Ui::LanguageSettings::choose({});
        QVERIFY(m_plurals.load(Ui::LanguageSettings::englishPlurals()));
        QVERIFY(QCoreApplication::installTranslator(&m_plurals));
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1600, 1000));
    }

    void init() { QSettings().clear(); } // a first start each time

    void firstStart_takesMostOfTheScreen_centred()
    {
        Ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        // Two fifths for the panes below, the rest for the document: more than two lines of text.
        const int docks = window.findChild<QDockWidget *>(u"matrixDock"_s)->height();
        QVERIFY2(docks < window.height() / 2, qPrintable(QString::number(docks)));
        QVERIFY(window.findChild<QWidget *>(u"documentText"_s)->height() > 8 * window.fontMetrics().height());
        const double share =
            double(window.width() * window.height()) / (available.width() * available.height());
        QVERIFY2(share > 0.6 && share < 0.7, qPrintable(QString::number(share))); // 80% of each side
        QVERIFY((window.frameGeometry().center() - available.center()).manhattanLength() < 40);
        // Once the user sized it, the next start keeps their size.
        window.resize(1000, 750);
        window.close();
        Ui::MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1000, 750));
    }

    void headersAndCombos_wholeAtEachSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("first start") << QSize();
        QTest::newRow("1600x1000") << QSize(1600, 1000);
        QTest::newRow("885x706") << QSize(885, 706);
        QTest::newRow("window's minimum") << QSize(1, 1);
    }

    void headersAndCombos_wholeAtEachSize()
    {
        QFETCH(QSize, size);
        Ui::MainWindow window;
        if (size.isValid()) {
            window.resize(size);
        }
        QVERIFY(Test::showSample(window, &Ui::MainWindow::agreementReady));
        settle(window);
        if (size.isValid()) {
            // 885x706 is above the window's minimum: the panes scroll in their docks.
            QCOMPARE(window.size(), size.expandedTo(window.minimumSizeHint()));
            QVERIFY(window.minimumSizeHint().boundedTo(QSize(885, 706)) == window.minimumSizeHint());
        }
        const QStringList cut = cutAnywhere(window);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"\n"_s)));
        // The sort arrow takes room too: the documents sorted by their first column.
        auto *documents = window.findChild<QTableView *>(u"documentList"_s);
        documents->sortByColumn(0, Qt::AscendingOrder);
        QVERIFY2(cutHeaders(*documents->horizontalHeader(), u"documentList"_s).isEmpty(),
            qPrintable(cutHeaders(*documents->horizontalHeader(), u"documentList"_s).join(u"\n"_s)));
    }

    void scatterLabels_neverOverlap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1600x1000") << QSize(1600, 1000);
        QTest::newRow("window's minimum") << QSize(1, 1);
    }

    void scatterLabels_neverOverlap()
    {
        QFETCH(QSize, size);
        Ui::MainWindow window;
        window.resize(size);
        QVERIFY(Test::showSample(window, &Ui::MainWindow::agreementReady));
        settle(window);
        window.findChild<QDockWidget *>(u"matrixDock"_s)->raise();
        auto *scatter = window.findChild<Ui::AgreementScatter *>(u"agreementScatter"_s);
        QTRY_VERIFY(scatter->isVisible() && !scatter->labels().isEmpty());
        QCoreApplication::processEvents();
        const QList<Ui::AgreementScatter::Label> labels = scatter->labels();
        QCOMPARE(labels.size(), 6); // the seven systems, arcada and sjtu_adapt.txt on one point
        const qreal radius = Ui::AgreementScatter::markerSize / 2.0;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            for (qsizetype j = 0; j < labels.size(); ++j) {
                const auto &[text, rect, point] = labels.at(i);
                QVERIFY2(i == j || !rect.intersects(labels.at(j).rect),
                    qPrintable(u"%1 over %2"_s.arg(text, labels.at(j).text)));
                const QRectF marker(
                    labels.at(j).point - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
                QVERIFY2(!rect.intersects(marker),
                    qPrintable(u"%1 over the point of %2"_s.arg(text, labels.at(j).text)));
            }
        }
    }

private:
    QTranslator m_plurals;
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
