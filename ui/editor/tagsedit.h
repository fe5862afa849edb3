// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

// Tags as a comma-separated line ("新能源, 汽车" — Chinese commas and 、 work too), completing
// the tag being typed from the tags already in the store.
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

signals:
    void tagsEdited(const QStringList &tags);

private:
    void updateCompletion();
    void insertCompletion(const QString &tag);

    QCompleter *m_completer;
    QStringListModel *m_model;
};
