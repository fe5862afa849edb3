// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/markwalk.h"
#include "style/stylefinding.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class StyleMarker;
class StyleSession;

// Tools → Check Style: walks the article's style findings one by one as Check Spelling walks
// misspellings, selecting each in its field with the rule's message. Replace applies the one
// fix (undoably), Skip moves on, Ignore Rule Here stops reporting it in this story.
class StyleDialog : public QDialog
{
    Q_OBJECT

public:
    // `markers` in reading order (headline, deck, body); `start` is the field to begin in.
    StyleDialog(StyleSession *session, const QList<StyleMarker *> &markers,
        StyleMarker *start = nullptr, QWidget *parent = nullptr);

    // The finding shown now; none when the check is complete.
    std::optional<StyleFinding> current() const { return m_finding; }
    bool findNext();
    void replace();
    void skip();
    void ignore();

private:
    void show(const QTextCursor &mark, const StyleFinding &finding);
    void showDone();

    QPointer<StyleSession> m_session;
    MarkWalk m_walk;
    QTextCursor m_mark;
    std::optional<StyleFinding> m_finding;

    QLabel *m_context;
    QLabel *m_message;
    QPushButton *m_replaceButton;
    QPushButton *m_skipButton;
    QPushButton *m_ignoreButton;
};
