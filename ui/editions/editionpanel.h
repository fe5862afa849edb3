// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QFrame>
#include <QPointer>
#include <QSet>
#include <QTimer>

class ArticleDocument;
class ArticleStore;
class MainWindow;
class QLabel;
class QPushButton;
class QTextBrowser;

// Above the form, the open story's other editions (issue 17): for an edition, whose edition
// it is and, when the source's text changed since it was made, that it is behind, what changed
// in the source (the word diff) and the way to catch up — Convert Again for an OpenCC edition,
// Mark Up to Date for a translation. For a source, its editions, each a link that opens it.
// Hidden for a story alone.
class EditionPanel : public QFrame
{
    Q_OBJECT

public:
    EditionPanel(MainWindow *window, ArticleStore *store);

    void setDocument(ArticleDocument *document);
    // Reads the group from the store again.
    void refresh();
    // Someone saved `id` (empty: anything may have changed): refreshes shortly when it is one
    // of the open story's group, so that an edition falls behind as its source is edited.
    void storeChanged(const QString &id);

    // What the panel says (for tests and screen readers).
    QString summary() const;
    bool isBehind() const { return m_behind; }
    // The source's changes since the edition was made, as HTML (empty when not behind).
    QString changesHtml() const { return m_changesHtml; }

    // Catches the open edition up: converts the source into it again (OpenCC editions) or
    // records that it follows the source as it stands (translations). Saves at once; false,
    // with the reason in `error`, when it cannot.
    bool catchUp(QString *error);

private:
    MainWindow *m_window;
    ArticleStore *m_store;
    QPointer<ArticleDocument> m_document;
    QLabel *m_summary;
    QPushButton *m_showChanges;
    QPushButton *m_catchUp;
    QTextBrowser *m_changes;
    bool m_behind = false;
    QString m_changesHtml;
    QSet<QString> m_group; // the open story's, itself included
    QTimer m_refreshTimer;
};

// Story → New Edition (converted to each script, or an empty draft for a translator) and the
// panel above the form. Returns the panel (owned by the window).
EditionPanel *attachEditions(MainWindow *window);
