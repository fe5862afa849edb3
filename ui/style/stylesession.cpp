// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/stylesession.h"

#include "model/storylife.h"
#include "store/articlestore.h"
#include "store/storeerror.h"

#include <QSettings>

namespace {

const QString kEnabledKey = QStringLiteral("style/underline");

QString ignoreKey(const StyleFinding &finding)
{
    return finding.rule + u'\n' + finding.text;
}

} // namespace

StyleSession::StyleSession(ArticleStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_enabled(QSettings().value(kEnabledKey, true).toBool())
{
    rebuild();
}

StyleSession::~StyleSession() = default;

void StyleSession::setArticle(const Article &article)
{
    // Words typed now are written today; readers read them on the day the story goes out.
    const QDate today = Copydesk::currentTime().toLocalTime().date();
    const QDate publishedDay =
        article.publishAt.isValid() ? article.publishAt.toLocalTime().date() : today;
    const QString language = article.language.isEmpty() ? QStringLiteral("en") : article.language;
    // As `copydesk check --style`: a dateline's date is the day the story was written.
    const QDate dated = QDate::fromString(article.dateline.date, Qt::ISODate);
    const QDate writtenDay = dated.isValid() ? dated : today;
    if (article.id != m_articleId)
        m_ignored.clear();
    if (article.id == m_articleId && language == m_language && publishedDay == m_publishedDay
        && writtenDay == m_writtenDay)
        return;
    m_articleId = article.id;
    m_language = language;
    m_publishedDay = publishedDay;
    m_writtenDay = writtenDay;
    rebuild();
    emit changed();
}

void StyleSession::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    QSettings().setValue(kEnabledKey, enabled);
    emit changed();
}

QList<StyleFinding> StyleSession::checkLine(QStringView line, MarkdownLineState &state)
{
    QList<StyleFinding> findings = m_checker->checkLine(line, state);
    if (!m_ignored.isEmpty()) {
        findings.removeIf(
            [this](const StyleFinding &finding) { return m_ignored.contains(ignoreKey(finding)); });
    }
    return findings;
}

void StyleSession::ignore(const StyleFinding &finding)
{
    m_ignored.insert(ignoreKey(finding));
    emit changed();
}

void StyleSession::reloadFromStore()
{
    rebuild();
    emit changed();
}

void StyleSession::rebuild()
{
    StyleContext context;
    if (m_store) {
        try {
            context = StyleContext::fromStore(*m_store, m_language);
        } catch (const StoreError &) {
            // A store that cannot be read now: the rules as by default, no style list. The
            // editor reports the store's trouble where it saves.
        }
    }
    context.language = m_language;
    const QDate today = Copydesk::currentTime().toLocalTime().date();
    context.writtenDay = m_writtenDay.isValid() ? m_writtenDay : today;
    context.publishedDay = m_publishedDay.isValid() ? m_publishedDay : today;
    m_checker = std::make_unique<StyleChecker>(std::move(context));
}
