// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "model/storylife.h"

#include <QFrame>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class ArticleDocument;
class ArticleStore;
class MainWindow;
class QLabel;

// Above the form, what the story's life after "ready" means for the open story: an embargo or
// a schedule still to come ("禁发至 …", "Embargoed until …"), what its content profile still
// asks for before it may be published (or that it is ready to go), and the corrections and
// updates it carries. Hidden when there is nothing to say. Follows the story as it is edited.
class StoryLifePanel : public QFrame
{
    Q_OBJECT

public:
    explicit StoryLifePanel(ArticleStore *store, QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    // Looks at the story again now (it does so by itself shortly after every edit).
    void refresh();

    // What the panel says, line by line (for tests and screen readers).
    QString dueText() const; // the embargo or schedule; empty when none is to come
    QStringList checklist() const; // what blocks publication, "field: message"
    bool readyToPublish() const; // status ready and nothing blocks
    QStringList corrections() const; // as published: "更正（2026年12月2日）：…"

private:
    ArticleStore *m_store;
    QPointer<ArticleDocument> m_document;
    QLabel *m_due;
    QLabel *m_checks;
    QLabel *m_corrections;
    QTimer m_refreshTimer;
    QStringList m_checklist;
    bool m_ready = false;
    QStringList m_correctionLines;
};

namespace StoryLife {

// What the editor asks when a story that its checks block is set published: the reason to
// publish it anyway, or nothing (the status stays as it was). Tests put their own answer here.
using OverruleAsker =
    std::function<std::optional<QString>(QWidget *parent, const QStringList &blocking)>;
void setOverruleAsker(OverruleAsker asker);

// Appends a dated entry to the open story and saves it at once (the editor's pending edits
// first): entries are the store's, never undone. False, with the reason in `error`, when the
// story is not stored yet, was saved elsewhere meanwhile, or the entry is refused.
bool addCorrection(
    MainWindow *window, Copydesk::Correction::Kind kind, const QString &text, QString *error);

} // namespace StoryLife

// Gives the window the story's life: the panel above the form, Story → Add Correction…, and
// the content profile's checks when the status is set to published (refused with the list, or
// published anyway with a reason kept in the notes). Returns the panel (owned by the window).
StoryLifePanel *attachStoryLife(MainWindow *window);
