// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/articledocument.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class BylinesEditor;
class DateEdit;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;
class SingleLineTextEdit;
class TagsEdit;

// The article's fields above the body: headline, deck, bylines, dateline, section, tags,
// status, language and target length; behind "More", the editor (责任编辑), the sign-off and
// the notes (internal, never published). Every edit goes to the ArticleDocument as an undoable
// command; undo and redo come back through ArticleDocument::fieldChanged.
class ArticleForm : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleForm(QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    // Offered in the section and tags fields (from the store).
    void setKnownSections(const QStringList &sections);
    void setKnownTags(const QStringList &tags);
    // Adds the section and tags of an article just saved to those offered.
    void learnFrom(const Article &stored);
    // Before the story is left (another opened, the window closed): a tag still being typed
    // becomes one, as it would on focus-out.
    void commitPendingEdits();

    SingleLineTextEdit *headlineEdit() const { return m_headline; }
    SingleLineTextEdit *deckEdit() const { return m_deck; }
    BylinesEditor *bylinesEditor() const { return m_bylines; }
    QLineEdit *datelinePlaceEdit() const { return m_place; }
    DateEdit *datelineDateEdit() const { return m_date; }
    QLineEdit *datelineSourceEdit() const { return m_source; }
    QComboBox *sectionBox() const { return m_section; }
    TagsEdit *tagsEdit() const { return m_tags; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *targetLengthBox() const { return m_targetLength; }
    QToolButton *moreButton() const { return m_moreButton; }
    QLineEdit *editorEdit() const { return m_editor; }
    QLineEdit *signoffEdit() const { return m_signoff; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

    // A feature's panel below the fields, the width of the form (the photo strip).
    void addPanel(QWidget *panel);

    // Whether the editor, sign-off and notes rows are shown.
    bool isMoreShown() const;
    void setMoreShown(bool shown);

    // Asked before the reporter's choice of status reaches the article; false keeps the status
    // as it was (the content profile's checks before "published": see attachStoryLife).
    void setStatusGuard(std::function<bool(ArticleStatus)> guard)
    {
        m_statusGuard = std::move(guard);
    }

    // Status names for display, in the UI language.
    static QString statusLabel(ArticleStatus status);

signals:
    // The "More" rows were shown or hidden: the form's height changed.
    void moreShownChanged(bool shown);

private:
    void refresh(ArticleDocument::Field field);
    void refreshAll();
    void updateTargetSuffix();
    void updateTabOrder();
    void edit(ArticleDocument::Field field, const QVariant &value);

    QPointer<ArticleDocument> m_document;
    SingleLineTextEdit *m_headline;
    SingleLineTextEdit *m_deck;
    BylinesEditor *m_bylines;
    QLineEdit *m_place;
    DateEdit *m_date;
    QLineEdit *m_source;
    QComboBox *m_section;
    TagsEdit *m_tags;
    QComboBox *m_status;
    QComboBox *m_language;
    QSpinBox *m_targetLength;
    QToolButton *m_moreButton;
    QLineEdit *m_editor;
    QLineEdit *m_signoff;
    QPlainTextEdit *m_notes;
    QList<QWidget *> m_moreRows; // the labels and fields the "More" button shows
    bool m_updating = false;
    std::function<bool(ArticleStatus)> m_statusGuard;
};
