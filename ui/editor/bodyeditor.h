// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

#include <functional>

class MarkdownHighlighter;

// The story body: Markdown in a plain-text editor, highlighted, with the formatting commands
// a reporter needs from the keyboard. The document comes from ArticleDocument (undo is the
// window's, across the whole article).
class BodyEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit BodyEditor(QWidget *parent = nullptr);

    // Shows `document` (owned by the ArticleDocument) and highlights it.
    void setDocument(QTextDocument *document);
    MarkdownHighlighter *highlighter() const { return m_highlighter; }

    // Cleans up pasted text before it is inserted (wire copy, web pages, Word). The import
    // feature sets this; without it text is inserted as pasted.
    using PasteCleanup = std::function<QString(const QString &pasted)>;
    void setPasteCleanup(PasteCleanup cleanup) { m_pasteCleanup = std::move(cleanup); }
    // Turns pasted rich text (HTML from a browser or Word) into Markdown. Without it the
    // plain-text form of the clipboard is pasted.
    using RichPasteCleanup = std::function<QString(const QString &html)>;
    void setRichPasteCleanup(RichPasteCleanup cleanup) { m_richPasteCleanup = std::move(cleanup); }

    // Takes pastes and drops that are not text (photos: image data, image files). `accepts`
    // says whether the feature wants what is offered; `insert` takes it at the cursor (a drop
    // has moved the cursor to where it was dropped) and returns whether it did.
    struct MediaInsert
    {
        std::function<bool(const QMimeData *source)> accepts;
        std::function<bool(const QMimeData *source)> insert;
    };
    void setMediaInsert(MediaInsert hook) { m_mediaInsert = std::move(hook); }

    // Moves the cursor to `position` and shows it.
    void setCursorPosition(int position);

public slots:
    void toggleBold();
    void toggleItalic();
    // Asks for the link's text (the selection, if any) and address, and inserts it.
    void insertLink();
    void toggleSubhead();
    void toggleQuote();
    void toggleList();

protected:
    // Plain text only; passes it through cleanPastedText() first.
    void insertFromMimeData(const QMimeData *source) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    // The paste cleanup hook: by default the function set with setPasteCleanup().
    virtual QString cleanPastedText(const QString &text) const;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    // The standard menu, with the article's Undo and Redo (see fieldcontextmenu.h).
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void wrapSelection(const QString &marker);
    bool continueList();
    void toggleLinePrefix(const QString &prefix);

    MarkdownHighlighter *m_highlighter;
    PasteCleanup m_pasteCleanup;
    RichPasteCleanup m_richPasteCleanup;
    MediaInsert m_mediaInsert;
};
