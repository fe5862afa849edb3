// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

// Tags as a comma-separated line ("新能源, 汽车" — Chinese commas and 、 work too), completing
// the tag being typed from the tags already in the store.
//
// A tag is committed (tagsEdited) when the reporter leaves it: a comma, Return, the focus
// moving away, or a pick from the completer. Until then the article keeps the tags it had, so
// an autosave in mid-word does not store "汽" as a tag.
class TagsEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit TagsEdit(QWidget *parent = nullptr);

    void setKnownTags(const QStringList &tags);
    void addKnownTags(const QStringList &tags);
    QStringList tags() const;
    void setTags(const QStringList &tags);

    static QStringList splitTags(const QString &text);

    QCompleter *completer() const { return m_completer; }
    // Tells the article the tags the field shows, the one being typed too.
    void commit();

signals:
    void tagsEdited(const QStringList &tags);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateCompletion();
    void insertCompletion(const QString &tag);
    // Whether the cursor is in a tag not yet finished (text after the last separator).
    bool isTyping() const;

    QCompleter *m_completer;
    QStringListModel *m_model;
    QStringList m_committed; // what the article was last told
};
