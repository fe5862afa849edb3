// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/pagekeys.h"

#include "publish/sitestate.h"

#include <QCryptographicHash>

namespace {

// Keys hash the UTF-16 text as it is: no conversion needed to tell inputs apart.
void addText(QCryptographicHash &hash, const QString &text)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
    hash.addData(QByteArrayView("\0", 1));
}

} // namespace

QByteArray articlePageKey(const QByteArray &siteKey, const SiteEntry &e,
    const QList<ArticleLink> &recommended, const QList<EditionLink> &editions)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(siteKey);
    addText(hash, e.article.id);
    hash.addData(QByteArray::number(e.article.revision));
    hash.addData(QByteArray::number(int(e.article.status)));
    addText(hash, e.path);
    for (const ArticleLink &link : recommended) {
        addText(hash, link.headline);
        addText(hash, link.path);
        addText(hash, link.language);
        hash.addData(QByteArray::number(link.published.toMSecsSinceEpoch()));
    }
    for (const EditionLink &edition : editions) {
        hash.addData(QByteArrayView("edition", 8));
        addText(hash, edition.language);
        addText(hash, edition.label);
        addText(hash, edition.path);
        hash.addData(QByteArray::number(int(edition.current) * 2 + int(edition.source)));
    }
    return hash.result().toHex();
}

QByteArray listPageKey(const QByteArray &siteKey, const ListPage &page)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(siteKey);
    hash.addData(QByteArray::number(int(page.kind)));
    hash.addData(QByteArray::number(page.page) + '/' + QByteArray::number(page.pageCount));
    addText(hash, page.folder);
    addText(hash, page.heading);
    addText(hash, page.language);
    for (const ArticleLink &link : page.items) {
        addText(hash, link.headline);
        addText(hash, link.path);
        hash.addData(QByteArray::number(link.published.toMSecsSinceEpoch()));
        addText(hash, link.deck);
        addText(hash, link.language);
        addText(hash, link.thumbnail);
    }
    return hash.result().toHex();
}
