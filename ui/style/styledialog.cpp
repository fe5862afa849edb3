// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/styledialog.h"

#include "style/stylemarker.h"
#include "style/stylesession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {

QList<LineMarker *> asLineMarkers(const QList<StyleMarker *> &markers)
{
    return {markers.cbegin(), markers.cend()};
}

} // namespace

StyleDialog::StyleDialog(
    StyleSession *session, const QList<StyleMarker *> &markers, StyleMarker *start, QWidget *parent)
    : QDialog(parent), m_session(session), m_walk(asLineMarkers(markers), start)
{
    setWindowTitle(tr("Check Style"));
    m_context = new QLabel(this);
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::RichText);
    m_context->setMinimumWidth(360);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_replaceButton = new QPushButton(tr("&Replace"), this);
    m_skipButton = new QPushButton(tr("&Skip"), this);
    m_ignoreButton = new QPushButton(tr("&Ignore Rule Here"), this);
    m_replaceButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Found:"), m_context);
    form->addRow(tr("Why:"), m_message);
    auto *buttons = new QDialogButtonBox(Qt::Horizontal, this);
    buttons->addButton(m_replaceButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_skipButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_ignoreButton, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_replaceButton, &QPushButton::clicked, this, &StyleDialog::replace);
    connect(m_skipButton, &QPushButton::clicked, this, &StyleDialog::skip);
    connect(m_ignoreButton, &QPushButton::clicked, this, &StyleDialog::ignore);
    findNext();
}

bool StyleDialog::findNext()
{
    for (QTextCursor mark = m_walk.next(); !mark.isNull(); mark = m_walk.next()) {
        auto *marker = static_cast<StyleMarker *>(m_walk.marker());
        if (std::optional<StyleFinding> finding = marker->findingAt(mark.selectionStart())) {
            show(mark, *finding);
            return true;
        }
        m_walk.moveTo(mark.selectionEnd());
    }
    showDone();
    return false;
}

void StyleDialog::show(const QTextCursor &mark, const StyleFinding &finding)
{
    m_mark = mark;
    m_finding = finding;
    QPlainTextEdit *edit = m_walk.marker()->edit();
    edit->setTextCursor(mark);
    edit->ensureCursorVisible();

    const QString found = mark.selectedText();
    const QTextBlock block = mark.block();
    const int at = mark.selectionStart() - block.position();
    const QString text = block.text();
    const int from = qMax(0, at - 40);
    const int to = qMin(int(text.size()), at + int(found.size()) + 40);
    m_context->setText(
        QStringLiteral("%1<b><u>%2</u></b>%3")
            .arg(text.mid(from, at - from).toHtmlEscaped(), found.toHtmlEscaped(),
                text.mid(at + found.size(), to - at - found.size()).toHtmlEscaped()));
    m_message->setText(finding.message);
    m_replaceButton->setEnabled(!finding.replacement.isEmpty());
    m_replaceButton->setText(finding.replacement.isEmpty()
            ? tr("&Replace")
            : tr("&Replace with “%1”").arg(finding.replacement));
    m_skipButton->setEnabled(true);
    m_ignoreButton->setEnabled(true);
}

void StyleDialog::showDone()
{
    m_mark = {};
    m_finding.reset();
    m_context->setText(tr("The style check is complete."));
    m_message->clear();
    m_replaceButton->setText(tr("&Replace"));
    for (QPushButton *button : {m_replaceButton, m_skipButton, m_ignoreButton})
        button->setEnabled(false);
}

void StyleDialog::replace()
{
    if (!m_finding || m_finding->replacement.isEmpty())
        return;
    const int start = m_mark.selectionStart();
    m_walk.marker()->replace(m_mark, m_finding->replacement);
    m_walk.moveTo(start + int(m_finding->replacement.size()));
    findNext();
}

void StyleDialog::skip()
{
    if (!m_finding)
        return;
    m_walk.moveTo(m_mark.selectionEnd());
    findNext();
}

void StyleDialog::ignore()
{
    if (!m_finding || !m_session)
        return;
    m_walk.moveTo(m_mark.selectionStart());
    m_session->ignore(*m_finding);
    findNext();
}
