// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/revertdialog.h"

#include "history/articlechanges.h"
#include "history/worddiff.h"
#include "render/htmlescape.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString shown(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("<i>%1</i>").arg(RevertDialog::tr("(empty)"))
                          : Html::escape(text);
}

} // namespace

RevertDialog::RevertDialog(const Article &current, const Article &revision, QWidget *parent)
    : QDialog(parent), m_changes(new QTextBrowser(this))
{
    setWindowTitle(tr("Revert to Revision %1").arg(revision.revision));
    m_changes->setAccessibleName(tr("What changes"));
    m_changes->setOpenLinks(false);

    // Short fields as "now → then"; the body as a word diff from now to then.
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const FieldChange &field : ::changedFields(current, revision)) {
        m_changed << field.name;
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2 → %3</td></tr>")
                    .arg(Html::escape(field.name), shown(field.before), shown(field.after));
    }
    html += QStringLiteral("</table>");
    if (current.body != revision.body) {
        m_changed << tr("Body");
        html += QStringLiteral("<p><b>%1</b></p>").arg(Html::escape(tr("Body")))
            + diffToHtml(wordDiff(current.body, revision.body));
    }

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    if (m_changed.isEmpty()) {
        intro->setText(tr("Revision %1 is the same as the article in the editor: there is "
                          "nothing to revert.")
                           .arg(revision.revision));
        buttons->addButton(QDialogButtonBox::Close);
        m_changes->hide();
    } else {
        intro->setText(tr("Reverting to revision %1 changes %2. Edit → Undo takes it back.")
                           .arg(revision.revision)
                           .arg(m_changed.join(QStringLiteral(", "))));
        m_changes->setHtml(html);
        QPushButton *revert = buttons->addButton(tr("Revert"), QDialogButtonBox::AcceptRole);
        revert->setObjectName(QStringLiteral("revertButton"));
        buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

bool confirmRevert(const Article &current, const Article &revision, QWidget *parent)
{
    RevertDialog dialog(current, revision, parent);
    return dialog.exec() == QDialog::Accepted && !dialog.changedFields().isEmpty();
}
