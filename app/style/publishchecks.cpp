// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/publishchecks.h"

#include "model/storylife.h"
#include "spelling/spellchecker.h"
#include "spelling/spellingpreferences.h"
#include "store/articlestore.h"
#include "style/stylechecker.h"

#include <QJsonDocument>

namespace PublishChecks {

namespace {

QString settingKey(const QString &section)
{
    return section.isEmpty() ? QStringLiteral("profile")
                             : QStringLiteral("profile.") + section.trimmed();
}

std::optional<Copydesk::ContentProfile> stored(ArticleStore &store, const QString &key)
{
    const QString text = store.setting(key);
    if (text.isEmpty())
        return std::nullopt;
    // Written by setProfile() only, after its check; a profile spoiled by hand is no profile.
    return Copydesk::ContentProfile::fromJson(
        QJsonDocument::fromJson(text.toUtf8()).object(), nullptr);
}

} // namespace

Copydesk::ContentProfile profileFor(ArticleStore &store, const QString &section, bool *own)
{
    std::optional<Copydesk::ContentProfile> profile;
    if (!section.trimmed().isEmpty())
        profile = stored(store, settingKey(section));
    if (own)
        *own = profile.has_value();
    if (!profile)
        profile = stored(store, settingKey(QString()));
    return profile.value_or(Copydesk::ContentProfile());
}

void setProfile(ArticleStore &store, const QString &section,
    const std::optional<Copydesk::ContentProfile> &profile)
{
    store.setSetting(settingKey(section),
        profile ? QString::fromUtf8(QJsonDocument(profile->toJson()).toJson(QJsonDocument::Compact))
                : QString());
}

QList<Copydesk::PublishCheck> check(ArticleStore &store, const Article &article)
{
    const Copydesk::ContentProfile profile = profileFor(store, article.section);
    QList<Copydesk::PublishCheck> checks = Copydesk::checkFields(article, profile);
    const QList<std::pair<QString, QString>> texts = {
        {QStringLiteral("headline"), article.headline}, {QStringLiteral("deck"), article.deck},
        {QStringLiteral("body"), article.body}};
    if (profile.spelling) {
        SpellChecker checker(SpellChecker::dictionariesFor(
            article.language, SpellingPreferences::load().englishDictionary));
        if (!checker.isUsable()) {
            checks.append({QStringLiteral("spelling"), QStringLiteral("warning"), QString(),
                QStringLiteral("spelling not checked: %1")
                    .arg(checker.errors().join(QStringLiteral("; ")))});
        } else {
            checker.addKnownWordsFrom(store);
            checker.addKnownNamesOf(article);
            for (const auto &[field, text] : texts) {
                QStringList words;
                for (const Misspelling &m : checker.check(text))
                    words << m.word;
                if (!words.isEmpty())
                    checks.append({QStringLiteral("spelling"), QStringLiteral("error"), field,
                        QStringLiteral("%1 %2: %3")
                            .arg(words.size())
                            .arg(words.size() == 1 ? QStringLiteral("misspelling")
                                                   : QStringLiteral("misspellings"))
                            .arg(words.join(QStringLiteral(", ")))});
            }
        }
    }
    if (profile.style) {
        StyleContext context = StyleContext::fromStore(store, article.language);
        context.language = article.language;
        StyleChecker checker(context);
        for (const auto &[field, text] : texts) {
            for (const StyleFinding &f : checker.check(text)) {
                if (f.severity == StyleSeverity::Error)
                    checks.append({QStringLiteral("style"), QStringLiteral("error"), field,
                        QStringLiteral("[%1] %2: \"%3\"").arg(f.rule, f.message, f.text)});
            }
        }
    }
    return checks;
}

QStringList blocking(const QList<Copydesk::PublishCheck> &checks)
{
    QStringList lines;
    for (const Copydesk::PublishCheck &check : checks) {
        if (check.blocks())
            lines << (check.field.isEmpty() ? QString() : check.field + QStringLiteral(": "))
                    + check.message;
    }
    return lines;
}

QString overruledNotes(
    const QString &notes, const QString &user, const QString &reason, const QStringList &blocking)
{
    return notes
        + QStringLiteral("%1[published over the checks by %2, %3: %4 — %5]")
              .arg(notes.isEmpty() ? QString() : QStringLiteral("\n"), user,
                  isoTimestamp(Copydesk::currentTime()), reason.trimmed(),
                  blocking.join(QStringLiteral("; ")));
}

} // namespace PublishChecks
