// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/articlesaver.h"
#include "model/article.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class ArticleDocument;
class ArticleForm;
class ArticleListPane;
class ArticleStore;
class BodyEditor;
class FindReplaceBar;
class HistoryPanel;
class QDockWidget;
class PreviewPane;
class QLabel;
class QMenu;
class QSplitter;
class QToolBar;
class SingleLineTextEdit;

// The reporter's window: article list on the left, the article's fields and body in the
// centre, the preview on the right. One article is open at a time; it is saved as it is typed
// (see ArticleSaver) and every edit can be undone.
//
// For other features to wire in: fileMenu() takes more actions (Publish…), bodyEditor(),
// headlineEdit() and deckEdit() are the text widgets (spelling underlines them), and
// saver()->conflictDetected() / showConflict() are where conflict resolution hooks in.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ArticleStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the window opens with: a recovery journal newer than the store if there is one,
    // else the last article (cursor where it was), else the newest, else a new untitled
    // article with the cursor in the headline.
    void restoreSession();

    // Opens the article (saving the current one first). Returns false when it cannot.
    bool openArticle(const QString &id);
    // A new, untitled article (stored on the first edit); focus in the headline.
    void newArticle();

    ArticleStore *store() const { return m_store; }
    ArticleDocument *document() const { return m_document; }
    ArticleSaver *saver() const { return m_saver; }
    ArticleForm *articleForm() const { return m_form; }
    ArticleListPane *articleList() const { return m_list; }
    BodyEditor *bodyEditor() const { return m_body; }
    SingleLineTextEdit *headlineEdit() const;
    SingleLineTextEdit *deckEdit() const;
    PreviewPane *previewPane() const { return m_preview; }
    FindReplaceBar *findBar() const { return m_findBar; }
    HistoryPanel *historyPanel() const { return m_history; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    // The Story menu, made on first use before View: what features do to the open story (Add
    // Photo…, Add Correction…).
    QMenu *storyMenu();
    QToolBar *formatToolBar() const { return m_formatBar; }

    // Puts a bar of a feature's own above the form, under the notice (the story's embargo and
    // checklist: see attachStoryLife).
    void addFormBanner(QWidget *banner);

    // Shows a message above the form about the open article (recovered work, conflicts, who
    // else is editing it), until another article is opened.
    void showNotice(const QString &text);
    // The notice shown now; empty when there is none.
    QString noticeText() const;
    // The default conflict handling: tells the reporter clearly that nothing was overwritten.
    // Conflict resolution (side by side) replaces this by connecting to
    // saver()->conflictDetected and calling saver()->resumeAfterConflict().
    virtual void showConflict(const Article &mine, const QString &message);

    // The texts the status bar shows (for tests).
    QString countsText() const;
    QString saveStateText() const;

signals:
    // Another article is open in the editor (also a new, untitled one).
    void documentChanged(ArticleDocument *document);

public slots:
    void duplicateArticle();
    void killArticle();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // Light or dark: the notice bar follows the palette.
    void changeEvent(QEvent *event) override;

private:
    void updateNoticeStyle();
    void fitPanes();
    void restoreFromStore();
    void createActions();
    void createMenus();
    void createStatusBar();
    void setDocument(ArticleDocument *document);
    void updateTitle();
    void updateFormatActions(QWidget *focus);
    void fitFormInView();
    void updateCounts();
    void updateSaveState();
    void schedulePreview();
    void rememberCursor();

    ArticleStore *m_store;
    ArticleSaver *m_saver;
    QPointer<ArticleDocument> m_document;

    ArticleListPane *m_list;
    ArticleForm *m_form;
    BodyEditor *m_body;
    FindReplaceBar *m_findBar;
    PreviewPane *m_preview;
    QSplitter *m_splitter;
    QSplitter *m_centreSplitter;
    QLabel *m_notice;
    class QVBoxLayout *m_centreLayout = nullptr;
    QString m_noticeArticle; // the article the notice is about
    class QScrollArea *m_formScroll = nullptr;
    QDockWidget *m_historyDock = nullptr;
    HistoryPanel *m_history = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_formatMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_formatBar = nullptr;

    QLabel *m_countsLabel;
    QLabel *m_readingLabel;
    QLabel *m_revisionLabel;
    QLabel *m_saveLabel;

    QTimer m_previewTimer;
    QTimer m_countsTimer;
    QTimer m_previewScrollTimer; // the body scrolled: the preview follows

public:
    // Every action, created in createActions() (one place, standard shortcuts).
    struct Actions
    {
        QAction *newArticle, *duplicate, *kill, *quit;
        QAction *undo, *redo, *cut, *copy, *paste, *selectAll;
        QAction *find, *replace, *findNext, *findPrevious, *preferences;
        QAction *bold, *italic, *link, *subhead, *quote, *list;
        QAction *focusList, *focusSearch, *focusHeadline, *focusBody, *togglePreview, *history;
        QAction *about;
    };
    const Actions &actions() const { return m_actions; }

private:
    Actions m_actions {};
    bool m_formHeightChosen = false; // the reporter has placed the form/body divider
    bool m_previewFolded = false; // folded away by fitPanes() for want of room, not by hand
};
