// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylife/storylifepanel.h"

#include "articles/articlelistmodel.h"
#include "articles/articlelistpane.h"
#include "editor/articledocument.h"
#include "editor/articleform.h"
#include "mainwindow.h"
#include "model/contentprofile.h"
#include "render/housestyle.h"
#include "store/articlestore.h"
#include "storylife/correctiondialog.h"
#include "style/publishchecks.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

StoryLife::OverruleAsker &overruleAsker()
{
    static StoryLife::OverruleAsker asker = [](QWidget *parent, const QStringList &blocking) {
        QMessageBox box(QMessageBox::Warning, QObject::tr("Not Ready to Publish"),
            QObject::tr("The section's content profile does not allow this story to be "
                        "published yet:"),
            QMessageBox::Cancel, parent);
        box.setInformativeText(u"• "_qs + blocking.join(u"\n• "_qs));
        QPushButton *anyway =
            box.addButton(QObject::tr("Publish Anyway…"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != anyway)
            return std::optional<QString>();
        bool ok = false;
        const QString reason = QInputDialog::getText(parent, QObject::tr("Publish Anyway"),
            QObject::tr("Why it goes out over the checks (kept in the story's notes):"),
            QLineEdit::Normal, {}, &ok)
                                   .simplified();
        return ok && !reason.isEmpty() ? std::optional<QString>(reason) : std::nullopt;
    };
    return asker;
}

QString localTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

StoryLifePanel::StoryLifePanel(ArticleStore *store, QWidget *parent)
    : QFrame(parent),
      m_store(store),
      m_due(new QLabel(this)),
      m_checks(new QLabel(this)),
      m_corrections(new QLabel(this))
{
    setObjectName(QStringLiteral("storyLifePanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Story status"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    for (QLabel *label : {m_due, m_checks, m_corrections}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
        label->hide();
    }
    m_due->setObjectName(QStringLiteral("storyDue"));
    m_checks->setObjectName(QStringLiteral("storyChecklist"));
    m_corrections->setObjectName(QStringLiteral("storyCorrections"));
    QFont bold = m_due->font();
    bold.setBold(true);
    m_due->setFont(bold);
    hide();
    // The checks read the store (the section's profile): not on every keystroke.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(400);
    connect(&m_refreshTimer, &QTimer::timeout, this, &StoryLifePanel::refresh);
}

void StoryLifePanel::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(
            document, &ArticleDocument::contentChanged, this, [this] { m_refreshTimer.start(); });
        connect(
            document, &ArticleDocument::storedChanged, this, [this] { m_refreshTimer.start(); });
    }
    refresh();
}

void StoryLifePanel::refresh()
{
    m_refreshTimer.stop();
    m_checklist.clear();
    m_correctionLines.clear();
    m_ready = false;
    if (!m_document) {
        hide();
        return;
    }
    const Article article = m_document->article();
    const QDateTime now = Copydesk::currentTime();

    QString due;
    if (Copydesk::isEmbargoed(article, now))
        due = tr("Embargoed until %1").arg(localTime(article.embargoUntil));
    else if (article.publishAt.isValid() && article.publishAt > now)
        due = tr("Scheduled for %1").arg(localTime(article.publishAt));
    m_due->setText(due);
    m_due->setVisible(!due.isEmpty());

    // The field rules as the reporter types; spelling and style (slower) are checked when the
    // story is set published.
    if (article.status != ArticleStatus::Published && article.status != ArticleStatus::Killed) {
        const Copydesk::ContentProfile profile =
            PublishChecks::profileFor(*m_store, article.section);
        m_checklist = PublishChecks::blocking(Copydesk::checkFields(article, profile));
        m_ready = article.status == ArticleStatus::Ready && m_checklist.isEmpty();
    }
    if (!m_checklist.isEmpty())
        m_checks->setText(
            tr("Before it can be published:") + u"\n• "_qs + m_checklist.join(u"\n• "_qs));
    else if (m_ready)
        m_checks->setText(tr("✓ Ready to publish: the content profile's checks pass."));
    m_checks->setVisible(!m_checklist.isEmpty() || m_ready);

    const bool chinese = isChineseLanguage(article.language);
    for (const Copydesk::Correction &entry : article.corrections)
        m_correctionLines << correctionLeadIn(entry,
                                 chinese ? HouseStyle::ChineseNewspaper : HouseStyle::EnglishWire,
                                 isTraditionalChinese(article.language),
                                 QTimeZone::systemTimeZone())
                + entry.text;
    if (!m_correctionLines.isEmpty())
        m_corrections->setText(tr("Corrections and updates, as published:") + u"\n"_qs
            + m_correctionLines.join(u'\n'));
    m_corrections->setVisible(!m_correctionLines.isEmpty());

    setVisible(!due.isEmpty() || m_checks->isVisibleTo(this) || !m_correctionLines.isEmpty());
}

QString StoryLifePanel::dueText() const
{
    return m_due->isVisibleTo(this) ? m_due->text() : QString();
}

QStringList StoryLifePanel::checklist() const
{
    return m_checklist;
}

bool StoryLifePanel::readyToPublish() const
{
    return m_ready;
}

QStringList StoryLifePanel::corrections() const
{
    return m_correctionLines;
}

void StoryLife::setOverruleAsker(OverruleAsker asker)
{
    overruleAsker() = std::move(asker);
}

bool StoryLife::addCorrection(
    MainWindow *window, Copydesk::Correction::Kind kind, const QString &text, QString *error)
{
    ArticleDocument *document = window->document();
    const QString said = text.simplified();
    if (!document || document->revision() < 1) {
        *error = QObject::tr("The story is not saved yet: a correction needs a stored story.");
        return false;
    }
    if (said.isEmpty()) {
        *error = QObject::tr("A correction needs a text.");
        return false;
    }
    try {
        // What the reporter typed reaches the store first; the entry is then saved on top of
        // exactly that revision, as `copydesk correct` does.
        if (!window->saver()->flush()) {
            *error = QObject::tr("The story's last edits could not be saved, so no correction "
                                 "was added.");
            return false;
        }
        Article stored = window->store()->get(document->id());
        if (stored.revision != document->revision()) {
            *error = QObject::tr("The story was saved elsewhere meanwhile (revision %1): open it "
                                 "again and add the correction to that.")
                         .arg(stored.revision);
            return false;
        }
        const QDateTime now = Copydesk::currentTime();
        stored.corrections.append(
            {kind, said, QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC),
                window->store()->user()});
        if (const QString invalid = stored.validate(); !invalid.isEmpty()) {
            *error = invalid;
            return false;
        }
        document->markStored(window->store()->save(stored), document->generation());
        return true;
    } catch (const StoreError &failure) {
        *error = failure.message();
        return false;
    }
}

StoryLifePanel *attachStoryLife(MainWindow *window)
{
    auto *panel = new StoryLifePanel(window->store(), window);
    window->addFormBanner(panel);
    panel->setDocument(window->document());
    QObject::connect(window, &MainWindow::documentChanged, panel, &StoryLifePanel::setDocument);

    // Story → Add Correction…
    QMenu *story = window->storyMenu();
    story->addSeparator();
    QAction *add = story->addAction(QObject::tr("Add &Correction…"));
    add->setObjectName(QStringLiteral("addCorrectionAction"));
    const auto enable = [window, add] {
        add->setEnabled(window->document() && window->document()->revision() > 0);
    };
    QObject::connect(window, &MainWindow::documentChanged, add, [window, add, enable] {
        enable();
        QObject::connect(window->document(), &ArticleDocument::storedChanged, add, enable);
    });
    if (window->document())
        QObject::connect(window->document(), &ArticleDocument::storedChanged, add, enable);
    enable();
    QObject::connect(add, &QAction::triggered, window, [window, panel] {
        CorrectionDialog dialog(window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QString error;
        if (!StoryLife::addCorrection(window, dialog.kind(), dialog.text(), &error))
            QMessageBox::warning(window, QObject::tr("Add Correction"), error);
        panel->refresh();
    });

    // The list's "ready to publish" mark: the field rules of the story's profile.
    ArticleStore *store = window->store();
    window->articleList()->model()->setReadyCheck([store](const ArticleSummary &row) {
        try {
            const Article article = store->get(row.id);
            return PublishChecks::blocking(
                Copydesk::checkFields(article, PublishChecks::profileFor(*store, article.section)));
        } catch (const StoreError &) {
            return QStringList(); // gone meanwhile: the list will drop it
        }
    });

    // Setting the status to published: the content profile's checks, spelling and style too.
    window->articleForm()->setStatusGuard([window](ArticleStatus to) {
        ArticleDocument *document = window->document();
        if (!document || to != ArticleStatus::Published)
            return true;
        Article article = document->article();
        if (article.status == ArticleStatus::Published)
            return true;
        article.status = to;
        const QStringList blocking =
            PublishChecks::blocking(PublishChecks::check(*window->store(), article));
        if (blocking.isEmpty())
            return true;
        const std::optional<QString> reason = overruleAsker()(window, blocking);
        if (!reason)
            return false;
        document->setValue(ArticleDocument::Notes,
            PublishChecks::overruledNotes(
                article.notes, window->store()->user(), *reason, blocking));
        return true;
    });
    return panel;
}
