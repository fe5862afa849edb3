// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/articledocument.h"

#include <QPlainTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

namespace {

// Merge ids: text edits use the field number, value changes the field number + this.
constexpr int kValueMergeBase = 100;

QString textRange(QTextDocument *document, int position, int length)
{
    QTextCursor cursor(document);
    cursor.setPosition(position);
    cursor.setPosition(position + length, QTextCursor::KeepAnchor);
    QString text = cursor.selectedText();
    // selectedText() marks block and line breaks with U+2029 / U+2028; the body is plain text.
    for (QChar &c : text) {
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = u'\n';
    }
    return text;
}

QString plainText(QTextDocument *document)
{
    return textRange(document, 0, document->characterCount() - 1);
}

} // namespace

// One change to a text field as the user made it. Consecutive typing (or deleting) in the
// same field merges into one step; a new paragraph starts a new one.
class TextEdit : public QUndoCommand
{
public:
    TextEdit(ArticleDocument *document, ArticleDocument::Field field, int position,
        const QString &removed, const QString &inserted)
        : m_document(document),
          m_field(field),
          m_position(position),
          m_removed(removed),
          m_inserted(inserted)
    {
        setText(QObject::tr("Typing"));
    }

    int id() const override { return m_field; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const TextEdit *>(other);
        if (next->m_inserted.contains(u'\n') || m_inserted.endsWith(u'\n'))
            return false;
        const bool typing = m_removed.isEmpty() && next->m_removed.isEmpty()
            && next->m_position == m_position + m_inserted.size();
        if (typing) {
            m_inserted += next->m_inserted;
            return true;
        }
        const bool deleting = m_inserted.isEmpty() && next->m_inserted.isEmpty();
        if (deleting && next->m_position + next->m_removed.size() == m_position) { // backspace
            m_removed.prepend(next->m_removed);
            m_position = next->m_position;
            return true;
        }
        if (deleting && next->m_position == m_position) { // delete key
            m_removed += next->m_removed;
            return true;
        }
        // Backspacing over what was just typed.
        if (m_removed.isEmpty() && next->m_inserted.isEmpty() && !next->m_removed.isEmpty()
            && next->m_position + next->m_removed.size() == m_position + m_inserted.size()
            && next->m_position >= m_position) {
            m_inserted.chop(next->m_removed.size());
            if (m_inserted.isEmpty())
                setObsolete(true);
            return true;
        }
        return false;
    }

    void undo() override
    {
        m_document->applyTextEdit(m_field, m_position, m_inserted.size(), m_removed);
    }

    void redo() override
    {
        // The first redo comes from push(): the text document already holds the change.
        if (m_pushed)
            m_document->applyTextEdit(m_field, m_position, m_removed.size(), m_inserted);
        m_pushed = true;
    }

private:
    ArticleDocument *m_document;
    ArticleDocument::Field m_field;
    int m_position;
    QString m_removed;
    QString m_inserted;
    bool m_pushed = false;
};

// Tiled's ChangeValue for one article field: remembers the old value, merges while typing.
// A command with a merge key merges only with one of the same key; one made unmergeable
// (id -1) never merges.
class ChangeValue : public QUndoCommand
{
public:
    ChangeValue(ArticleDocument *document, ArticleDocument::Field field, const QVariant &oldValue,
        const QVariant &newValue)
        : m_document(document), m_field(field), m_old(oldValue), m_new(newValue)
    {
        setText(QObject::tr("Change field"));
    }

    void setMerging(bool mergeable, const QString &key)
    {
        m_mergeable = mergeable;
        m_mergeKey = key;
    }

    int id() const override { return m_mergeable ? kValueMergeBase + m_field : -1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeValue *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_new = next->m_new;
        setObsolete(m_new == m_old);
        return true;
    }

    void undo() override { m_document->applyValue(m_field, m_old); }
    void redo() override { m_document->applyValue(m_field, m_new); }

private:
    ArticleDocument *m_document;
    ArticleDocument::Field m_field;
    QVariant m_old;
    QVariant m_new;
    bool m_mergeable = true;
    QString m_mergeKey;
};

ArticleDocument::ArticleDocument(const Article &article, QObject *parent)
    : QObject(parent), m_article(article), m_undoStack(new QUndoStack(this))
{
    const QString texts[] = {article.headline, article.deck, article.body};
    for (int f = Headline; f <= Body; ++f) {
        auto *document = new QTextDocument(this);
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
        document->setUndoRedoEnabled(false); // the undo stack records every change instead
        document->setPlainText(texts[f]);
        m_text[f] = {document, plainText(document)};
        // Connected before any highlighter is, so the change is recorded before the
        // highlighter's own format updates report their (unchanged) ranges.
        connect(document, &QTextDocument::contentsChange, this,
            [this, f](int position, int removed, int added) {
                onContentsChange(Field(f), position, removed, added);
            });
    }
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
        [this](bool clean) { emit modifiedChanged(!clean); });
}

ArticleDocument::~ArticleDocument() = default;

Article ArticleDocument::article() const
{
    Article article = m_article;
    article.headline = m_text[Headline].text;
    article.deck = m_text[Deck].text;
    article.body = m_text[Body].text;
    return article;
}

QTextDocument *ArticleDocument::textDocument(Field field) const
{
    return isTextField(field) ? m_text[field].document : nullptr;
}

bool ArticleDocument::isModified() const
{
    return !m_undoStack->isClean();
}

QVariant ArticleDocument::value(Field field) const
{
    switch (field) {
    case Headline:
    case Deck:
    case Body:
        return m_text[field].text;
    case Bylines:
        return QVariant::fromValue(m_article.bylines);
    case DatelinePlace:
        return m_article.dateline.place;
    case DatelineDate:
        return m_article.dateline.date;
    case DatelineSource:
        return m_article.dateline.source;
    case Section:
        return m_article.section;
    case Tags:
        return m_article.tags;
    case Status:
        return int(m_article.status);
    case Language:
        return m_article.language;
    case TargetLength:
        return m_article.targetLength;
    case Editor:
        return m_article.editor;
    case Signoff:
        return m_article.signoff;
    case Notes:
        return m_article.notes;
    case Media:
        return QVariant::fromValue(m_article.media);
    case FieldCount:
        break;
    }
    return {};
}

void ArticleDocument::setValue(Field field, const QVariant &newValue)
{
    if (isTextField(field)) {
        // Programmatic text changes go through the document like typing does.
        const QString target = newValue.toString();
        const QString &current = m_text[field].text;
        if (target == current)
            return;
        QTextCursor cursor(m_text[field].document);
        qsizetype prefix = 0;
        const qsizetype common = qMin(current.size(), target.size());
        while (prefix < common && current[prefix] == target[prefix])
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < common - prefix
            && current[current.size() - 1 - suffix] == target[target.size() - 1 - suffix])
            ++suffix;
        cursor.setPosition(int(prefix));
        cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
        cursor.insertText(target.mid(prefix, target.size() - prefix - suffix));
        return;
    }
    const QVariant old = value(field);
    if (old == newValue)
        return;
    m_undoStack->push(new ChangeValue(this, field, old, newValue));
}

void ArticleDocument::setValue(
    Field field, const QVariant &newValue, const QString &undoText, const QString &mergeKey)
{
    Q_ASSERT(!isTextField(field));
    const QVariant old = value(field);
    if (old == newValue)
        return;
    auto *command = new ChangeValue(this, field, old, newValue);
    command->setText(undoText);
    command->setMerging(!mergeKey.isEmpty(), mergeKey);
    m_undoStack->push(command);
}

void ArticleDocument::replaceContent(const Article &target, const QString &undoText)
{
    const QVariant values[] = {target.headline, target.deck, target.body,
        QVariant::fromValue(target.bylines), target.dateline.place, target.dateline.date,
        target.dateline.source, target.section, target.tags, int(target.status), target.language,
        target.targetLength, target.editor, target.signoff, target.notes,
        QVariant::fromValue(target.media)};
    static_assert(sizeof(values) / sizeof(values[0]) == FieldCount, "a value for every field");
    m_undoStack->beginMacro(undoText);
    for (int f = 0; f < FieldCount; ++f)
        setValue(Field(f), values[f]);
    m_undoStack->endMacro();
}

void ArticleDocument::markStored(const Article &stored, quint64 savedGeneration)
{
    m_article.revision = stored.revision;
    m_article.slug = stored.slug;
    m_article.created = stored.created;
    m_article.updated = stored.updated;
    m_article.published = stored.published;
    // Corrections are appended in the store only (never undone): the stored list is the list.
    m_article.corrections = stored.corrections;
    if (savedGeneration == m_generation)
        m_undoStack->setClean();
    else
        // The store now holds what was saved, not the old clean state: were the user to undo
        // back to it, the editor would claim "saved" for text the store does not have.
        m_undoStack->resetClean();
    emit storedChanged();
}

void ArticleDocument::onContentsChange(Field field, int position, int removed, int added)
{
    TextField &t = m_text[field];
    const int newLength = t.document->characterCount() - 1;
    const int oldLength = int(t.text.size());
    // QTextDocument may report more than changed (the final paragraph separator, highlighter
    // format updates); clamp to the text and work the inserted length out from the lengths.
    position = qBound(0, position, qMin(oldLength, newLength));
    removed = qBound(0, removed, oldLength - position);
    added = newLength - oldLength + removed;
    QString before;
    QString after;
    if (added < 0 || position + added > newLength) {
        position = 0;
        before = t.text;
        after = plainText(t.document);
    } else {
        before = t.text.mid(position, removed);
        after = textRange(t.document, position, added);
    }
    // Keep only what really differs.
    qsizetype prefix = 0;
    const qsizetype common = qMin(before.size(), after.size());
    while (prefix < common && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix
        && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    if (prefix == before.size() && prefix == after.size())
        return; // formats only
    before = before.mid(prefix, before.size() - prefix - suffix);
    after = after.mid(prefix, after.size() - prefix - suffix);
    position += int(prefix);
    t.text.replace(position, before.size(), after);
    if (!m_applying)
        m_undoStack->push(new TextEdit(this, field, position, before, after));
    contentDidChange(field);
}

void ArticleDocument::applyTextEdit(
    Field field, int position, int removeLength, const QString &insert)
{
    QTextCursor cursor(m_text[field].document);
    cursor.setPosition(position);
    cursor.setPosition(position + removeLength, QTextCursor::KeepAnchor);
    m_applying = true;
    cursor.insertText(insert);
    m_applying = false;
    emit textEditApplied(field, position + int(insert.size()));
}

void ArticleDocument::applyValue(Field field, const QVariant &v)
{
    switch (field) {
    case Headline:
    case Deck:
    case Body:
    case FieldCount:
        return;
    case Bylines:
        m_article.bylines = v.value<QList<Byline>>();
        break;
    case DatelinePlace:
        m_article.dateline.place = v.toString();
        break;
    case DatelineDate:
        m_article.dateline.date = v.toString();
        break;
    case DatelineSource:
        m_article.dateline.source = v.toString();
        break;
    case Section:
        m_article.section = v.toString();
        break;
    case Tags:
        m_article.tags = v.toStringList();
        break;
    case Status:
        m_article.status = ArticleStatus(v.toInt());
        break;
    case Language:
        m_article.language = v.toString();
        break;
    case TargetLength:
        m_article.targetLength = v.toInt();
        break;
    case Editor:
        m_article.editor = v.toString();
        break;
    case Signoff:
        m_article.signoff = v.toString();
        break;
    case Notes:
        m_article.notes = v.toString();
        break;
    case Media:
        m_article.media = v.value<QList<Copydesk::Photo>>();
        break;
    }
    contentDidChange(field);
}

void ArticleDocument::contentDidChange(Field field)
{
    ++m_generation;
    emit fieldChanged(field);
    emit contentChanged();
}
