// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/demonewsroom.h"

#include "store/articlestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

int loadDemoNewsroom(ArticleStore &store)
{
    if (store.count() > 0)
        return 0;
    QFile file(QStringLiteral(":/copydesk/demo/newsroom.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            StoreError::Failed, QStringLiteral("the demo newsroom is missing from this build"));
    const QJsonArray articles = QJsonDocument::fromJson(file.readAll()).array();
    int added = 0;
    for (const QJsonValue &value : articles) {
        QString error;
        auto article = Article::fromJson(value.toObject(), &error);
        if (!article)
            throw StoreError(
                StoreError::Failed, QStringLiteral("demo article %1: %2").arg(added).arg(error));
        store.create(*article);
        ++added;
    }
    return added;
}
