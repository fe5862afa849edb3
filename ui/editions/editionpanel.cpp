// SPDX-License-Identifier: GPL-3.0-or-later
#include "editions/editionpanel.h"

#include "editor/articledocument.h"
#include "editor/articlesaver.h"
#include "history/worddiff.h"
#include "mainwindow.h"
#include "model/editions.h"
#include "script/chinesescript.h"
#include "sharing/sharedstorelink.h"
#include "store/articlestore.h"
#include "store/articlestorewatcher.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <stdexcept>

namespace {

QString languageName(const QString &language)
{
    return Copydesk::editionLabel(language, {language});
}

QString link(const QString &id, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(id, text.toHtmlEscaped());
}

// What the source's text was and is, as the word diff shows it.
QString changesBetween(const Article &before, const Article &after)
{
    QString html;
    const auto part = [&html](const QString &name, const QString &was, const QString &is) {
        if (was == is)
            return;
        html += QStringLiteral("<p><b>%1</b><br>").arg(name.toHtmlEscaped())
            + diffToHtml(wordDiff(was, is)) + QStringLiteral("</p>");
    };
    part(EditionPanel::tr("Headline"), before.headline, after.headline);
    part(EditionPanel::tr("Deck"), before.deck, after.deck);
    part(EditionPanel::tr("Bylines"), before.bylineNames(), after.bylineNames());
    part(EditionPanel::tr("Dateline"),
        QStringList {before.dateline.place, before.dateline.date, before.dateline.source}.join(
            u' '),
        QStringList {after.dateline.place, after.dateline.date, after.dateline.source}.join(u' '));
    part(EditionPanel::tr("Body"), before.body, after.body);
    part(EditionPanel::tr("Sign-off"), before.signoff, after.signoff);
    if (html.isEmpty())
        html = EditionPanel::tr("<p>The photos' captions, credits or alt texts changed.</p>");
    return html;
}

} // namespace

EditionPanel::EditionPanel(MainWindow *window, ArticleStore *store)
    : QFrame(window),
      m_window(window),
      m_store(store),
      m_summary(new QLabel(this)),
      m_showChanges(new QPushButton(tr("Show Changes"), this)),
      m_catchUp(new QPushButton(this)),
      m_changes(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("editionPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Editions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    auto *row = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("editionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    row->addWidget(m_summary, 1);
    m_showChanges->setObjectName(QStringLiteral("editionShowChanges"));
    m_showChanges->setCheckable(true);
    m_catchUp->setObjectName(QStringLiteral("editionCatchUp"));
    row->addWidget(m_showChanges);
    row->addWidget(m_catchUp);
    layout->addLayout(row);
    m_changes->setObjectName(QStringLiteral("editionChanges"));
    m_changes->setAccessibleName(tr("What changed in the source"));
    m_changes->setMaximumHeight(160);
    m_changes->hide();
    layout->addWidget(m_changes);
    hide();
    // A burst of saves elsewhere reads the store once.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, &EditionPanel::refresh);

    connect(m_summary, &QLabel::linkActivated, m_window,
        [this](const QString &id) { m_window->openArticle(id); });
    connect(m_showChanges, &QPushButton::toggled, m_changes, &QWidget::setVisible);
    connect(m_catchUp, &QPushButton::clicked, this, [this] {
        QString error;
        if (!catchUp(&error))
            QMessageBox::warning(m_window, tr("Editions"), error);
    });
}

void EditionPanel::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &ArticleDocument::storedChanged, this, &EditionPanel::refresh);
    refresh();
}

void EditionPanel::storeChanged(const QString &id)
{
    if (m_document && (id.isEmpty() || m_group.contains(id)))
        m_refreshTimer.start();
}

void EditionPanel::refresh()
{
    m_refreshTimer.stop();
    m_group.clear();
    m_behind = false;
    m_changesHtml.clear();
    m_summary->clear();
    if (!m_document || m_document->revision() < 1) {
        hide();
        return;
    }
    const Article article = m_document->article();
    m_group.insert(article.id);
    if (!article.editionOf.isEmpty())
        m_group.insert(article.editionOf);
    QList<EditionRef> others;
    std::optional<Article> source;
    try {
        others = m_store->editions(article);
        if (!article.editionOf.isEmpty()) {
            source = m_store->find(article.editionOf);
            m_behind = m_store->editionBehind(article);
            if (m_behind && source) {
                try {
                    m_changesHtml = changesBetween(
                        m_store->revisionSnapshot(source->id, article.editionRevision), *source);
                } catch (const StoreError &error) {
                    if (error.kind() != StoreError::NotFound)
                        throw;
                    m_changesHtml = tr("<p>The source's revision %1, which this edition was made "
                                       "from, is no longer in its history.</p>")
                                        .arg(article.editionRevision);
                }
            }
        }
    } catch (const StoreError &error) {
        m_summary->setText(
            tr("The story's editions could not be read: %1").arg(error.message().toHtmlEscaped()));
        show();
        return;
    }
    for (const EditionRef &other : std::as_const(others))
        m_group.insert(other.id);
    if (others.isEmpty() && article.editionOf.isEmpty()) {
        hide();
        return;
    }
    QStringList also;
    for (const EditionRef &other : std::as_const(others)) {
        if (other.id != article.editionOf)
            also << link(other.id, languageName(other.language));
    }
    QString text;
    if (!article.editionOf.isEmpty()) {
        text = source ? tr("%1 edition of %2 (%3).")
                            .arg(languageName(article.language).toHtmlEscaped(),
                                link(source->id, source->headline),
                                languageName(source->language).toHtmlEscaped())
                      : tr("%1 edition of a story no longer in the store.")
                            .arg(languageName(article.language).toHtmlEscaped());
        if (m_behind)
            text += QStringLiteral(" <b>")
                + tr("The source has changed since this edition was made.")
                + QStringLiteral("</b>");
    } else {
        text = tr("Editions of this story:");
    }
    if (!also.isEmpty())
        text += u' ' + (article.editionOf.isEmpty() ? QString() : tr("Also in:") + u' ')
            + also.join(QStringLiteral(" · "));
    m_summary->setText(text);
    m_showChanges->setVisible(m_behind);
    if (!m_behind)
        m_showChanges->setChecked(false);
    m_changes->setHtml(m_changesHtml);
    m_catchUp->setVisible(m_behind);
    m_catchUp->setText(
        article.editionConversion.isEmpty() ? tr("Mark Up to Date") : tr("Convert Again"));
    show();
}

QString EditionPanel::summary() const
{
    return isVisible() ? m_summary->text() : QString();
}

bool EditionPanel::catchUp(QString *error)
{
    if (!m_document || m_document->revision() < 1)
        return false;
    try {
        if (!m_window->saver()->flush()) {
            *error = tr("The edition's last edits could not be saved, so it was not brought up "
                        "to date.");
            return false;
        }
        const Article edition = m_store->get(m_document->id());
        if (edition.revision != m_document->revision()) {
            *error = tr("The edition was saved elsewhere meanwhile (revision %1): open it again.")
                         .arg(edition.revision);
            return false;
        }
        const std::optional<Article> source = m_store->find(edition.editionOf);
        if (!source || source->id != edition.editionOf) {
            *error = tr("The edition's source is no longer in the store.");
            return false;
        }
        m_store->save(ChineseScript::caughtUpEdition(edition, *source));
        m_window->openArticle(edition.id);
        return true;
    } catch (const StoreError &failure) {
        *error = failure.message();
    } catch (const std::runtime_error &failure) {
        *error = QString::fromStdString(failure.what());
    }
    return false;
}

EditionPanel *attachEditions(MainWindow *window)
{
    auto *panel = new EditionPanel(window, window->store());
    window->addFormBanner(panel);
    panel->setDocument(window->document());
    QObject::connect(window, &MainWindow::documentChanged, panel, &EditionPanel::setDocument);
    // Saves by others (another window, another reporter on the shared store).
    if (auto *shared = window->findChild<SharedStoreLink *>())
        QObject::connect(shared->watcher(), &ArticleStoreWatcher::articleChanged, panel,
            &EditionPanel::storeChanged);

    // Story → New Edition: converted into each script, or a draft for a translator.
    QMenu *menu = window->storyMenu()->addMenu(QObject::tr("New &Edition"));
    menu->setObjectName(QStringLiteral("newEditionMenu"));
    struct Choice
    {
        QString text;
        QString language;
        bool convert;
        bool phrases;
    };
    const QList<Choice> choices = {
        {QObject::tr("Traditional Chinese (converted)"), QStringLiteral("zh-Hant"), true, false},
        {QObject::tr("Traditional Chinese, Taiwan (converted, Taiwan vocabulary)"),
            QStringLiteral("zh-TW"), true, true},
        {QObject::tr("Traditional Chinese, Hong Kong (converted)"), QStringLiteral("zh-HK"), true,
            false},
        {QObject::tr("Simplified Chinese (converted)"), QStringLiteral("zh-Hans"), true, false},
        {QObject::tr("English (for a translator)"), QStringLiteral("en"), false, false},
        {QObject::tr("Simplified Chinese (for a translator)"), QStringLiteral("zh-Hans"), false,
            false},
    };
    for (const Choice &choice : choices) {
        QAction *action = menu->addAction(choice.text);
        action->setObjectName(QStringLiteral("newEdition-%1%2")
                                  .arg(choice.language, choice.convert ? QString() : u"-draft"_qs));
        QObject::connect(action, &QAction::triggered, window, [window, choice] {
            ArticleDocument *document = window->document();
            if (!document || document->revision() < 1 || !window->saver()->flush())
                return;
            try {
                const Article article = window->store()->get(document->id());
                QString problem;
                switch (window->store()->editionRefusal(article, choice.language).reason) {
                case EditionRefusal::IsAnEdition:
                    problem = QObject::tr("This story is an edition itself: make editions from "
                                          "its source.");
                    break;
                case EditionRefusal::SameLanguage:
                    problem = QObject::tr("The story is in this language already.");
                    break;
                case EditionRefusal::LanguageTaken:
                    problem = QObject::tr("The story has an edition in this language "
                                          "already.");
                    break;
                case EditionRefusal::None:
                    if (choice.convert && !isChineseLanguage(article.language))
                        problem = QObject::tr("Only a Chinese story can be converted; make a "
                                              "draft for a translator instead.");
                    break;
                }
                if (!problem.isEmpty()) {
                    QMessageBox::information(window, QObject::tr("New Edition"), problem);
                    return;
                }
                const Article made = window->store()->create(choice.convert
                        ? ChineseScript::convertedEdition(article, choice.language, choice.phrases)
                        : Copydesk::translationDraft(article, choice.language));
                window->openArticle(made.id);
            } catch (const StoreError &error) {
                QMessageBox::warning(window, QObject::tr("New Edition"), error.message());
            } catch (const std::runtime_error &error) {
                QMessageBox::warning(
                    window, QObject::tr("New Edition"), QString::fromStdString(error.what()));
            }
        });
    }
    const auto enable = [window, menu] {
        menu->setEnabled(window->document() && window->document()->revision() > 0);
    };
    QObject::connect(window, &MainWindow::documentChanged, menu, [window, menu, enable] {
        enable();
        QObject::connect(window->document(), &ArticleDocument::storedChanged, menu, enable);
    });
    enable();
    return panel;
}
