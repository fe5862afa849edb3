// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QObject>
#include <QVariant>

#include <array>

class QTextDocument;
class QUndoStack;

// The article open in the editor: its value, the text documents the headline, deck and body
// widgets show, and the one undo stack every edit goes through.
//
// Text fields (headline, deck, body) live in QTextDocuments with their own undo switched off;
// each change the user makes is recorded as a TextEdit command (position, removed, inserted)
// that merges while typing. The other fields change through setValue(), a ChangeValue command
// that merges with the previous edit of the same field. Undo and redo therefore run across
// the whole article in the order the edits were made, and "modified" is !isClean().
class ArticleDocument : public QObject
{
    Q_OBJECT

public:
    enum Field {
        Headline,
        Deck,
        Body,
        Bylines, // QList<Byline>
        DatelinePlace,
        DatelineDate,
        DatelineSource,
        Section,
        Tags, // QStringList
        Status, // ArticleStatus as int
        Language,
        TargetLength, // int
        Editor, // 责任编辑, printed after the story
        Signoff,
        Notes, // internal, never published
        Media, // QList<Copydesk::Photo>: the photos, in order
        FieldCount
    };
    Q_ENUM(Field)

    explicit ArticleDocument(const Article &article, QObject *parent = nullptr);
    ~ArticleDocument() override;

    // The article as edited now (cheap: the texts are shared, not copied).
    Article article() const;
    QString id() const { return m_article.id; }
    int revision() const { return m_article.revision; }

    // The document behind the headline, deck or body widget.
    QTextDocument *textDocument(Field field) const;
    QUndoStack *undoStack() const { return m_undoStack; }

    bool isModified() const;
    // Grows on every change to the content, undo and redo included; lets a save that
    // finishes late tell whether it wrote what the editor shows now.
    quint64 generation() const { return m_generation; }

    QVariant value(Field field) const;
    // An undoable edit of a non-text field (text fields: use textDocument()). Merges with the
    // previous edit when it was to the same field, so typing makes one undo step.
    void setValue(Field field, const QVariant &value);
    // The same, named `undoText` in the Edit menu, merging only with the previous edit of the
    // same field with the same non-empty `mergeKey` ("caption:p2" while typing one caption);
    // with an empty key it is an undo step of its own (adding, removing, reordering a photo).
    void setValue(
        Field field, const QVariant &value, const QString &undoText, const QString &mergeKey);

    // Makes the content that of `target` (form fields and body) as one undoable step:
    // used to restore a recovery journal and to revert to an older revision.
    void replaceContent(const Article &target, const QString &undoText);

    // A save of the content at `savedGeneration` reached the store as `stored`: takes its
    // revision, slug and timestamps, and marks the document clean when nothing changed since.
    void markStored(const Article &stored, quint64 savedGeneration);

    static bool isTextField(Field field) { return field <= Body; }

signals:
    // A field's value changed (typing, setValue, undo or redo).
    void fieldChanged(ArticleDocument::Field field);
    // Anything in the content changed.
    void contentChanged();
    void modifiedChanged(bool modified);
    // After undo/redo changed a text field: where its cursor should go.
    void textEditApplied(ArticleDocument::Field field, int cursorPosition);
    // The store gave the article a new revision (or an id and slug on first save).
    void storedChanged();

private:
    friend class TextEdit;
    friend class ChangeValue;

    struct TextField
    {
        QTextDocument *document = nullptr;
        QString text; // the document's plain text, kept in step with each change
    };

    void onContentsChange(Field field, int position, int removed, int added);
    void applyTextEdit(Field field, int position, int removeLength, const QString &insert);
    void applyValue(Field field, const QVariant &value);
    void contentDidChange(Field field);

    Article m_article;
    std::array<TextField, 3> m_text;
    QUndoStack *m_undoStack;
    quint64 m_generation = 0;
    bool m_applying = false; // a command is changing a text document: don't record it again
};
