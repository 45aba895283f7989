// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Workbench::Ui {

namespace {

QString paragraph(const QString &text)
{
    return u"<p>"_s + text + u"</p>"_s;
}

QString link(const QString &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(url, text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About DiZiNER Workbench"));
    auto *label = new QLabel(text(), this);
    label->setObjectName(u"aboutText"_s);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::text()
{
    const QString ccBy = link(u"https://creativecommons.org/licenses/by/4.0/"_s, tr("CC BY 4.0"));
    const QString ccBySa = link(u"https://creativecommons.org/licenses/by-sa/4.0/"_s, tr("CC BY-SA 4.0"));
    const QString gpl = link(u"https://www.gnu.org/licenses/gpl-3.0.html"_s,
        tr("GNU General Public License, version 3 or any later version"));
    return u"<h3>"_s + tr("DiZiNER Workbench %1").arg(QStringLiteral(WORKBENCH_VERSION)) + u"</h3>"_s
        + paragraph(tr("A pilot annotation workbench for named-entity recognition: several annotators "
                       "label the same text, the workbench shows where they disagree, and the guideline "
                       "improves round by round."))
        + paragraph(tr("Licence: %1 (GPL-3.0-or-later).").arg(gpl))
        + paragraph(tr("Qt %1 (built with Qt %2).")
                        .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)))
        + u"<h4>"_s + tr("Data") + u"</h4>"_s
        + paragraph(tr("The sample project is the test set of WNUT-17 Emerging and Rare Entities "
                       "(Derczynski, Nichols, van Erp and Limsopatham, 2017) with the outputs of the seven "
                       "systems of its shared task, unchanged, from %1; licence %2.")
                        .arg(link(u"https://github.com/leondz/emerging_entities_17"_s,
                                 u"leondz/emerging_entities_17"_s),
                            ccBy))
        + paragraph(tr("The Universal NER scheme offered for new projects paraphrases the annotation "
                       "guidelines of Universal NER (Mayhew et al., 2024), %1, whose data is licensed %2.")
                        .arg(link(u"https://github.com/UniversalNER"_s, u"UniversalNER"_s), ccBySa));
}

} // namespace Workbench::Ui
