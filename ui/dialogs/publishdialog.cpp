// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/publishdialog.h"

#include "dialogs/publishwhileopen.h"

#include "editor/articledocument.h"
#include "mainwindow.h"
#include "preview/previewpane.h"
#include "publish/sitesettings.h"
#include "settings/editorsettings.h"
#include "store/articlestore.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

namespace {

const QString kFolderKey = QStringLiteral("publish/folder");
const QString kBaseUrlKey = QStringLiteral("publish/baseUrl");
const QString kIncludeReadyKey = QStringLiteral("publish/includeReady");
const QString kPerPageKey = QStringLiteral("publish/perPage");

// The masthead's menu as the dialog's line shows it: "经济, 本地=淮安".
QString sectionsText(const QList<MenuSection> &menu)
{
    QStringList items;
    for (const MenuSection &item : menu)
        items << (item.label.isEmpty() || item.label == item.section
                ? item.section
                : item.section + u'=' + item.label);
    return items.join(QStringLiteral(", "));
}

QList<MenuSection> sectionsFromText(const QString &text)
{
    QList<MenuSection> menu;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const QString section = item.section(u'=', 0, 0).trimmed();
        const QString label = item.section(u'=', 1).trimmed();
        if (!section.isEmpty())
            menu.append({section, label.isEmpty() ? section : label});
    }
    return menu;
}

// The base URL typed in the dialog last, empty when none: it overrides the site's.
QString rememberedBaseUrl()
{
    return EditorSettings::instance()->store().value(kBaseUrlKey).toString().trimmed();
}

// What a publish from the dialog runs with: the site's settings in the store, under the
// dialog's own choices (as `publish`'s options override them).
PublishOptions dialogOptions(
    const SiteSettings &site, const PublishOptions &chosen, const QString &baseUrl)
{
    PublishOptions options = publishDefaults(site);
    options.outDir = chosen.outDir;
    if (!baseUrl.isEmpty())
        options.baseUrl = baseUrl;
    options.includeReady = chosen.includeReady;
    options.full = chosen.full;
    options.perPage = chosen.perPage;
    return options;
}

// What the preview needs of the store: the articles on the site and the site's settings.
struct SiteRead
{
    QList<Article> candidates;
    SiteSettings settings;
};

// Keeps the preview showing the page as File → Publish… would write it: the site's settings
// and the remembered base URL, the masthead's sections and recommended news from the articles
// that publish would put on the site. These are read on a worker thread with a connection of
// its own (bodies are not kept), then follow the editor's own saves without reading the store
// again.
class PreviewSiteLink : public QObject
{
public:
    explicit PreviewSiteLink(MainWindow *window) : QObject(window), m_window(window)
    {
        connect(&m_watcher, &QFutureWatcher<SiteRead>::finished, this, [this] {
            const SiteRead read = m_watcher.result();
            m_candidates = read.candidates;
            const PublishOptions options = dialogOptions(
                read.settings, PublishDialog::rememberedOptions(), rememberedBaseUrl());
            SiteContext site;
            site.baseUrl = options.baseUrl;
            site.siteName = options.siteName;
            site.defaultStyle = options.defaultStyle;
            site.footer = options.footer;
            m_window->previewPane()->setSite(site);
            m_window->previewPane()->setSiteMenu(options.menu);
            m_window->previewPane()->setRecommendationCandidates(m_candidates);
            if (std::exchange(m_again, false))
                refresh();
        });
        connect(window->saver(), &ArticleSaver::articleStored, this, &PreviewSiteLink::follow);
    }
    ~PreviewSiteLink() override { m_watcher.waitForFinished(); }

    void refresh()
    {
        if (m_watcher.isRunning()) {
            m_again = true;
            return;
        }
        const PublishOptions options = PublishDialog::rememberedOptions();
        const QString location = m_window->store()->location();
        const bool includeReady = options.includeReady;
        m_includeReady = includeReady;
        m_watcher.setFuture(QtConcurrent::run([location, includeReady] {
            SiteRead read;
            QList<Article> &candidates = read.candidates;
            try {
                auto store = ArticleStore::open(location);
                read.settings = readSiteSettings(*store);
                ArticleQuery query;
                query.status = ArticleStatus::Published;
                candidates = store->articles(query);
                if (includeReady) {
                    query.status = ArticleStatus::Ready;
                    candidates += store->articles(query);
                }
            } catch (const StoreError &) {
                // The window reports store errors; the preview goes without recommendations.
            }
            for (Article &article : candidates)
                article.body.clear();
            return read;
        }));
    }

private:
    // A save from the editor: the article joins, changes in or leaves the candidates. Typing in
    // a published story saves every second or so; it must not read the whole site each time.
    void follow(const Article &stored)
    {
        if (m_watcher.isRunning()) {
            m_again = true; // the list on its way may predate this save
            return;
        }
        const bool candidate = stored.status == ArticleStatus::Published
            || (m_includeReady && stored.status == ArticleStatus::Ready);
        const auto at = std::find_if(m_candidates.begin(), m_candidates.end(),
            [&](const Article &a) { return a.id == stored.id; });
        if (!candidate && at == m_candidates.end())
            return; // a draft's own page changes as typed; the lists do not
        if (at != m_candidates.end())
            m_candidates.erase(at);
        if (candidate) {
            m_candidates.append(stored);
            m_candidates.last().body.clear();
        }
        m_window->previewPane()->setRecommendationCandidates(m_candidates);
    }

    MainWindow *m_window;
    QFutureWatcher<SiteRead> m_watcher;
    QList<Article> m_candidates;
    bool m_includeReady = false;
    bool m_again = false;
};

} // namespace

PublishOptions PublishDialog::rememberedOptions()
{
    QSettings &settings = EditorSettings::instance()->store();
    PublishOptions options;
    options.outDir = settings
                         .value(kFolderKey,
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                 + QStringLiteral("/copydesk-site"))
                         .toString();
    const QString baseUrl = settings.value(kBaseUrlKey).toString().trimmed();
    if (!baseUrl.isEmpty())
        options.baseUrl = baseUrl;
    options.includeReady = settings.value(kIncludeReadyKey, false).toBool();
    options.perPage = qBound(1, settings.value(kPerPageKey, options.perPage).toInt(), 1000);
    return options;
}

void PublishDialog::rememberOptions(const PublishOptions &options)
{
    QSettings &settings = EditorSettings::instance()->store();
    settings.setValue(kFolderKey, options.outDir);
    settings.setValue(kBaseUrlKey, options.baseUrl);
    settings.setValue(kIncludeReadyKey, options.includeReady);
    settings.setValue(kPerPageKey, options.perPage);
}

PublishDialog::PublishDialog(const QString &storeLocation, QWidget *parent)
    : QDialog(parent), m_storeLocation(storeLocation)
{
    setWindowTitle(tr("Publish Site"));

    const PublishOptions remembered = rememberedOptions();
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("PublishFolder"));
    m_folder->setText(remembered.outDir);
    m_folder->setAccessibleName(tr("Output folder"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the output folder"));
    connect(browse, &QPushButton::clicked, this, &PublishDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    // Empty: the site's own (copydesk site set base_url=…), else "/".
    m_baseUrl = new QLineEdit(rememberedBaseUrl(), this);
    m_baseUrl->setPlaceholderText(tr("The site's own (copydesk site), else /"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    // The site's title and footer line are the store's (shared on PostgreSQL, what `copydesk
    // site set` writes): shown as they are, saved there when a publish starts with them changed.
    SiteSettings site;
    try {
        site = readSiteSettings(*ArticleStore::open(m_storeLocation));
    } catch (const Copydesk::Error &) {
        // The publish says what is wrong with the store.
    }
    m_siteTitle = new QLineEdit(site.title, this);
    m_siteTitle->setPlaceholderText(PublishOptions().siteName);
    m_siteTitle->setAccessibleName(tr("Site title"));
    m_footer = new QLineEdit(site.footer, this);
    m_footer->setPlaceholderText(tr("A line under every page, e.g. © 2026 Huai'an Daily"));
    m_footer->setAccessibleName(tr("Footer line"));
    m_houseStyle = new QComboBox(this);
    m_houseStyle->addItem(
        tr("English wire (By NAME, CITY (AP) —)"), QStringLiteral("english-wire"));
    m_houseStyle->addItem(
        tr("Chinese newspaper (本报讯, ■融媒体记者)"), QStringLiteral("chinese-newspaper"));
    m_houseStyle->setAccessibleName(tr("House style for stories in other languages"));
    m_quoteStyle = new QComboBox(this);
    m_quoteStyle->addItem(tr("By the story's script"), QStringLiteral("auto"));
    m_quoteStyle->addItem(tr("Curly “ ” ‘ ’"), QStringLiteral("curly"));
    m_quoteStyle->addItem(tr("Corner 「」『』"), QStringLiteral("corner"));
    m_quoteStyle->setAccessibleName(tr("Chinese quotation marks"));
    m_sections = new QLineEdit(sectionsText(site.sections), this);
    m_sections->setPlaceholderText(tr("The biggest first; or in your order: 经济, 本地=淮安"));
    m_sections->setAccessibleName(tr("Sections in the menu"));
    m_sections->setToolTip(tr("Sections in menu order, separated by commas; SECTION=LABEL shows "
                              "the section under another name. Sections not named follow."));
    m_savedTitle = site.title;
    m_savedFooter = site.footer;
    m_savedHouseStyle =
        site.houseStyle.isEmpty() ? QStringLiteral("english-wire") : site.houseStyle;
    m_savedQuoteStyle = site.quoteStyle.isEmpty() ? QStringLiteral("auto") : site.quoteStyle;
    m_savedSections = menuToJson(site.sections);
    m_houseStyle->setCurrentIndex(qMax(0, m_houseStyle->findData(m_savedHouseStyle)));
    m_quoteStyle->setCurrentIndex(qMax(0, m_quoteStyle->findData(m_savedQuoteStyle)));
    m_includeReady = new QCheckBox(tr("Also publish articles marked ready"), this);
    m_includeReady->setChecked(remembered.includeReady);
    m_full = new QCheckBox(tr("Rebuild every page"), this);
    m_perPage = new QSpinBox(this);
    m_perPage->setRange(1, 1000);
    m_perPage->setValue(remembered.perPage);
    m_perPage->setAccessibleName(tr("Stories per page"));
    // The box's own text field is what a screen reader lands on.
    if (auto *text = m_perPage->findChild<QLineEdit *>())
        text->setAccessibleName(m_perPage->accessibleName());
    m_includeReady->setAccessibleName(m_includeReady->text());
    m_full->setAccessibleName(m_full->text());

    auto *form = new QFormLayout;
    form->addRow(tr("Output folder:"), folderRow);
    form->addRow(tr("Site title:"), m_siteTitle);
    form->addRow(tr("Footer:"), m_footer);
    form->addRow(tr("Sections:"), m_sections);
    form->addRow(tr("House style:"), m_houseStyle);
    form->addRow(tr("Quotation marks:"), m_quoteStyle);
    form->addRow(tr("Base URL:"), m_baseUrl);
    form->addRow(tr("Stories per page:"), m_perPage);
    form->addRow(QString(), m_includeReady);
    form->addRow(QString(), m_full);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_log->setVisible(false);
    m_progress->setAccessibleName(tr("Publishing progress"));
    m_status->setAccessibleName(tr("Publishing status"));
    m_log->setAccessibleName(tr("Publishing log"));

    auto *buttons = new QDialogButtonBox(this);
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_openSite = buttons->addButton(tr("&Open Site"), QDialogButtonBox::ActionRole);
    m_openSite->setObjectName(QStringLiteral("openSiteButton"));
    m_openSite->setToolTip(tr("Open the published front page in the browser"));
    m_openSite->setEnabled(false);
    connect(m_openSite, &QPushButton::clicked, this, [this] {
        if (!m_siteUrl.isEmpty())
            QDesktopServices::openUrl(m_siteUrl);
    });
    m_cancel->setEnabled(false);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::startPublish);
    connect(m_cancel, &QPushButton::clicked, this, &PublishDialog::cancelPublish);
    connect(m_close, &QPushButton::clicked, this, &PublishDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);

    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &PublishDialog::publishFinished);
    resize(560, sizeHint().height());
}

PublishDialog::~PublishDialog()
{
    if (m_watcher.isRunning()) {
        m_cancelFlag->store(true);
        m_watcher.waitForFinished();
    }
}

void PublishDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Publish to Folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void PublishDialog::startPublish()
{
    if (m_watcher.isRunning())
        return;
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_status->setText(tr("Choose a folder to publish to."));
        return;
    }
    // Remembered once the publish has worked (publishFinished), never a folder that failed.
    PublishOptions options;
    options.outDir = folder;
    const QString baseUrl = m_baseUrl->text().trimmed(); // empty: the site's
    options.includeReady = m_includeReady->isChecked();
    options.full = m_full->isChecked();
    options.perPage = m_perPage->value();
    m_running = options;
    m_running.baseUrl = baseUrl;

    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_publish->setEnabled(false);
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Publishing…"));
    m_log->clear();
    m_log->setVisible(false);
    m_progress->setAccessibleName(tr("Publishing progress"));
    m_status->setAccessibleName(tr("Publishing status"));
    m_log->setAccessibleName(tr("Publishing log"));

    QList<std::pair<QString, QString>> siteChanges;
    if (m_siteTitle->text().trimmed() != m_savedTitle)
        siteChanges.append({QStringLiteral("title"), m_siteTitle->text().trimmed()});
    if (m_footer->text().trimmed() != m_savedFooter)
        siteChanges.append({QStringLiteral("footer"), m_footer->text().trimmed()});
    const QString sections = menuToJson(sectionsFromText(m_sections->text()));
    if (sections != m_savedSections)
        siteChanges.append({QStringLiteral("sections"), sections});
    const QString houseStyle = m_houseStyle->currentData().toString();
    if (houseStyle != m_savedHouseStyle)
        siteChanges.append({QStringLiteral("house_style"), houseStyle});
    const QString quoteStyle = m_quoteStyle->currentData().toString();
    if (quoteStyle != m_savedQuoteStyle)
        siteChanges.append({QStringLiteral("quote_style"), quoteStyle});

    QPointer<PublishDialog> self(this);
    const QString location = m_storeLocation;
    const auto cancel = m_cancelFlag;
    m_watcher.setFuture(QtConcurrent::run([self, location, options, baseUrl, cancel,
                                              siteChanges]() {
        Outcome outcome;
        try {
            // A store connection belongs to its thread: this one is the worker's own.
            auto store = ArticleStore::open(location);
            if (!siteChanges.isEmpty())
                writeSiteSettings(*store, siteChanges);
            Publisher publisher(*store, dialogOptions(readSiteSettings(*store), options, baseUrl));
            publisher.setCancelFlag(cancel.get());
            publisher.setProgress([self](const QString &phase, int done, int total) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, phase, done, total] {
                        if (self)
                            self->showProgress(phase, done, total);
                    },
                    Qt::QueuedConnection);
            });
            outcome.report = publisher.publish();
            outcome.ok = true;
        } catch (const PublishError &error) {
            outcome.cancelled = error.cancelled();
            outcome.message = error.message();
        } catch (const StoreError &error) {
            outcome.message = error.message();
        }
        return outcome;
    }));
}

void PublishDialog::cancelPublish()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void PublishDialog::showProgress(const QString &phase, int done, int total)
{
    if (!m_watcher.isRunning())
        return;
    if (phase == u"rendering" && total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Rendering pages: %1 of %2").arg(done).arg(total));
    } else if (phase == u"writing") {
        m_progress->setRange(0, 0);
        m_status->setText(tr("Writing the site…"));
    } else {
        m_progress->setRange(0, 0);
        m_status->setText(tr("Preparing…"));
    }
}

void PublishDialog::publishFinished()
{
    const Outcome outcome = m_watcher.result();
    m_publish->setEnabled(true);
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.ok ? 1 : 0);
    if (outcome.ok) {
        rememberOptions(m_running);
        m_savedTitle = m_siteTitle->text().trimmed();
        m_savedFooter = m_footer->text().trimmed();
        m_savedSections = menuToJson(sectionsFromText(m_sections->text()));
        m_savedHouseStyle = m_houseStyle->currentData().toString();
        m_savedQuoteStyle = m_quoteStyle->currentData().toString();
        m_siteUrl = QUrl::fromLocalFile(QDir(m_running.outDir).absoluteFilePath(u"index.html"_qs));
        m_openSite->setEnabled(true);
        const PublishReport &r = outcome.report;
        m_status->setText(tr(
            "Published. Articles on the site: %n; files written: %1, unchanged: %2, removed: %3.",
            nullptr, r.articles)
                              .arg(r.written)
                              .arg(r.unchanged)
                              .arg(r.removed));
        if (!r.warnings.isEmpty()) {
            QStringList shown;
            for (const QString &warning : r.warnings)
                shown << warningText(warning);
            m_log->setPlainText(shown.join(u'\n'));
            m_log->setVisible(true);
        }
    } else if (outcome.cancelled) {
        m_status->setText(tr("Cancelled. The site was left as it was."));
    } else {
        m_status->setText(tr("Could not publish: %1").arg(outcome.message));
    }
    emit finished(outcome.ok);
}

QString PublishDialog::warningText(const QString &warning) const
{
    // The publisher's words are the command line's (they name its flags); the one a
    // reporter meets most is said here in the dialog's terms and language.
    if (warning
        == Publisher::pathOnlyBaseUrlWarning(
            m_running.baseUrl.isEmpty() ? u"/"_qs : m_running.baseUrl))
        return tr("The feeds and sitemap.xml name pages by path only (base URL “%1”): feed "
                  "readers and search engines need whole addresses. Enter the site's real "
                  "address (https://…) as the base URL above.")
            .arg(m_running.baseUrl.isEmpty() ? u"/"_qs : m_running.baseUrl);
    return warning;
}

void PublishDialog::closeEvent(QCloseEvent *event)
{
    if (m_watcher.isRunning()) {
        cancelPublish();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void PublishDialog::reject()
{
    // Escape cancels a running publish first; the dialog stays until it has stopped.
    if (m_watcher.isRunning()) {
        cancelPublish();
        return;
    }
    QDialog::reject();
}

void attachPublishing(MainWindow *window)
{
    auto *action = new QAction(PublishDialog::tr("&Publish…"), window);
    action->setObjectName(QStringLiteral("PublishAction"));
    // Ctrl+Shift+P is View → Preview.
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QMenu *menu = window->fileMenu();
    const QList<QAction *> actions = menu->actions();
    // Before the separator that precedes Quit.
    QAction *before = actions.size() >= 2 ? actions.at(actions.size() - 2) : nullptr;
    menu->insertAction(before, action);
    auto *previewSite = new PreviewSiteLink(window);
    previewSite->refresh();
    new PublishWhileOpen(window);
    QObject::connect(action, &QAction::triggered, window, [window, previewSite] {
        auto *dialog = window->findChild<PublishDialog *>();
        if (!dialog) {
            dialog = new PublishDialog(window->store()->location(), window);
            dialog->setAttribute(Qt::WA_DeleteOnClose, false);
            // A publish may change the base URL and what is on the site.
            QObject::connect(
                dialog, &PublishDialog::finished, previewSite, &PreviewSiteLink::refresh);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
}
