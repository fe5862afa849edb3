// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's frame: its panes, actions, menus and the switching between documents. The
// features attach themselves from their own folders; what is left here is the wiring they share.
#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "articles/articlelistmodel.h"
#include "articles/articlelistpane.h"
#include "editor/articledocument.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/fieldcontextmenu.h"
#include "editor/findreplacebar.h"
#include "editor/singlelinetextedit.h"
#include "history/historypanel.h"
#include "history/revertdialog.h"
#include "preview/previewpane.h"
#include "settings/editorsettings.h"
#include "settings/settingsdialog.h"
#include "store/articlestore.h"
#include "store/sqldialect.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

namespace {
// Narrower than this, the preview sets a few characters a line and is of no use.
constexpr int kPreviewMinimum = 260;
} // namespace

MainWindow::MainWindow(ArticleStore *store, QWidget *parent)
    : QMainWindow(parent),
      m_store(store),
      m_saver(new ArticleSaver(store->location(), this)),
      m_list(new ArticleListPane(store, this)),
      m_form(new ArticleForm(this)),
      m_body(new BodyEditor(this)),
      m_findBar(new FindReplaceBar(this)),
      m_preview(new PreviewPane(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_centreSplitter(new QSplitter(Qt::Vertical, this)),
      m_notice(new QLabel(this)),
      m_countsLabel(new QLabel(this)),
      m_readingLabel(new QLabel(this)),
      m_revisionLabel(new QLabel(this)),
      m_saveLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    EditorSettings *settings = EditorSettings::instance();
    m_body->setFont(settings->editorFont());
    m_body->setAccessibleName(tr("Body"));
    m_saver->setInterval(settings->autosaveInterval());
    connect(settings, &EditorSettings::editorFontChanged, m_body, &QWidget::setFont);
    connect(
        settings, &EditorSettings::autosaveIntervalChanged, m_saver, &ArticleSaver::setInterval);

    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setMargin(6);
    m_notice->setAutoFillBackground(true);
    m_notice->setObjectName(QStringLiteral("noticeBar"));
    updateNoticeStyle();
    m_notice->hide();

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formScroll = formScroll;
    // The rows behind "More" come into view when opened, the divider moving down if it may.
    connect(m_form, &ArticleForm::moreShownChanged, this, [this](bool shown) {
        QTimer::singleShot(0, this, [this, shown] {
            fitFormInView();
            if (shown)
                m_formScroll->ensureWidgetVisible(m_form->notesEdit());
        });
    });

    auto *bodyPane = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyPane);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(0);
    m_formatBar = new QToolBar(tr("Format"), bodyPane);
    m_formatBar->setObjectName(QStringLiteral("FormatToolBar"));
    m_formatBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bodyLayout->addWidget(m_formatBar);
    bodyLayout->addWidget(m_body, 1);
    bodyLayout->addWidget(m_findBar);

    m_centreSplitter->addWidget(formScroll);
    m_centreSplitter->addWidget(bodyPane);
    m_centreSplitter->setStretchFactor(0, 0);
    m_centreSplitter->setStretchFactor(1, 1);
    m_centreSplitter->setChildrenCollapsible(false);

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_notice);
    centreLayout->addWidget(m_centreSplitter, 1);
    m_centreLayout = centreLayout;

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_preview);
    // The preview asks for no width of the window: when there is too little, fitPanes() folds
    // it away (a width of 0) instead of the window growing past the screen.
    m_preview->setMinimumWidth(1);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setObjectName(QStringLiteral("MainSplitter"));
    setCentralWidget(m_splitter);

    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("HistoryDock"));
    m_history = new HistoryPanel(store, m_historyDock);
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    connect(m_history, &HistoryPanel::revertRequested, this, [this](const Article &snapshot) {
        if (m_document && confirmRevert(m_document->article(), snapshot, this))
            m_document->replaceContent(
                snapshot, tr("Revert to revision %1").arg(snapshot.revision));
    });
    connect(m_historyDock, &QDockWidget::visibilityChanged, this,
        [this] { QTimer::singleShot(0, this, &MainWindow::fitPanes); });
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_document)
            m_history->setArticleId(m_document->id());
    });

    applyTheme(settings->theme());
    // The body's highlighter follows through the palette change event.
    connect(settings, &EditorSettings::themeChanged, this,
        [](EditorSettings::Theme theme) { applyTheme(theme); });

    createActions();
    createMenus();
    createStatusBar();

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(120);
    connect(&m_previewTimer, &QTimer::timeout, this, [this] {
        if (m_document)
            m_preview->showArticle(m_document->article());
    });
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(200);
    connect(&m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);

    connect(m_list, &ArticleListPane::articleActivated, this, [this](const QString &id) {
        if (!m_document || id != m_document->id())
            openArticle(id);
    });
    connect(m_saver, &ArticleSaver::stateChanged, this, &MainWindow::updateSaveState);
    connect(
        m_saver, &ArticleSaver::articleStored, m_list->model(), &ArticleListModel::articleStored);
    connect(m_saver, &ArticleSaver::conflictDetected, this, &MainWindow::showConflict);
    connect(m_saver, &ArticleSaver::articleStored, this, [this](const Article &stored) {
        m_form->learnFrom(stored);
        m_list->noteSection(stored.section);
        if (m_historyDock->isVisible() && m_document && stored.id == m_document->id())
            m_history->reload();
    });
    connect(m_list->model(), &ArticleListModel::loadFailed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_body, &QPlainTextEdit::cursorPositionChanged, this,
        [this] { m_preview->revealSourceLine(m_body->textCursor().blockNumber()); });
    // Scrolling the body (wheel, scroll bar, Page Down) scrolls the preview to the same
    // paragraph; coalesced, so a fling sends the page a script a frame, not an event each.
    m_previewScrollTimer.setSingleShot(true);
    m_previewScrollTimer.setInterval(30);
    connect(&m_previewScrollTimer, &QTimer::timeout, this, [this] {
        const int top = m_body->verticalScrollBar()->value() == 0
            ? 0
            : m_body->cursorForPosition(QPoint(0, 0)).blockNumber();
        m_preview->followSourceLine(top);
    });
    connect(m_body->verticalScrollBar(), &QScrollBar::valueChanged, &m_previewScrollTimer,
        qOverload<>(&QTimer::start));

    QSettings &state = settings->store();
    if (!restoreGeometry(state.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 820);
    if (!m_splitter->restoreState(state.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({380, 620, 440});
    // Until the reporter drags it, the divider sits below the whole form (see fitFormInView).
    m_formHeightChosen = m_centreSplitter->restoreState(
        state.value(QStringLiteral("window/centreSplitter")).toByteArray());
    connect(
        m_centreSplitter, &QSplitter::splitterMoved, this, [this] { m_formHeightChosen = true; });
    // Dragged narrower than is any use, the preview folds away, and stays so (the reporter's
    // choice) until dragged out again.
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QList<int> sizes = m_splitter->sizes();
        if (sizes.size() == 3 && sizes[2] > 0 && sizes[2] < kPreviewMinimum) {
            sizes[1] += sizes[2];
            sizes[2] = 0;
            m_splitter->setSizes(sizes);
        }
        m_previewFolded = false;
    });
    // Docks (the history panel) where they were; after every dock exists.
    restoreState(state.value(QStringLiteral("window/state")).toByteArray());
    m_actions.togglePreview->setChecked(
        state.value(QStringLiteral("window/preview"), true).toBool());
    m_preview->setVisible(m_actions.togglePreview->isChecked());
}

void MainWindow::fitFormInView()
{
    // Once laid out (the headline's height depends on its width): no field half hidden behind
    // the body, unless the window is too small for both.
    if (m_formHeightChosen)
        return;
    const QList<int> sizes = m_centreSplitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int forWidth = m_form->heightForWidth(m_formScroll->viewport()->width());
    const int wanted = forWidth > 0 ? forWidth : m_form->sizeHint().height();
    const int form = qMin(wanted + 2 * m_formScroll->frameWidth(), total - 160);
    if (form > 0 && form != sizes.value(0))
        m_centreSplitter->setSizes({form, total - form});
}

void MainWindow::updateNoticeStyle()
{
    // An amber bar either way: pale with dark text on a light palette, deep with light text
    // on a dark one (a pale bar in a dark window glared, its text unreadable in the dark).
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_notice->setStyleSheet(dark
            ? QStringLiteral("QLabel#noticeBar { background: #4d3d00; color: #fff1c2; "
                             "border-bottom: 1px solid #8a6d00; }")
            : QStringLiteral("QLabel#noticeBar { background: #fff4ce; color: #3b2f00; "
                             "border-bottom: 1px solid #e0c870; }"));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateNoticeStyle();
}

void MainWindow::fitPanes()
{
    // A pane too narrow to use folds away rather than being crushed (1024×700 with History
    // open left the preview a character a line); it comes back when there is room again.
    if (m_preview->isHidden())
        return;
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 3)
        return;
    const int centreNeeds =
        qMax(m_centreSplitter->minimumSizeHint().width(), m_formScroll->minimumWidth());
    if (sizes[2] > 0 && sizes[2] < kPreviewMinimum) {
        sizes[1] += sizes[2];
        sizes[2] = 0;
        m_splitter->setSizes(sizes);
        m_previewFolded = true;
        statusBar()->showMessage(tr("The preview is folded away for want of room: widen the "
                                    "window, or drag it out from the right edge."),
            8000);
    } else if (sizes[2] == 0 && m_previewFolded && sizes[1] - centreNeeds >= kPreviewMinimum + 40) {
        sizes[1] -= kPreviewMinimum + 40;
        sizes[2] = kPreviewMinimum + 40;
        m_splitter->setSizes(sizes);
        m_previewFolded = false;
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    QTimer::singleShot(0, this, [this] { // after the splitters are laid out
        fitFormInView();
        fitPanes();
    });
}

void MainWindow::updateFormatActions(QWidget *focus)
{
    if (!focus || focus->window() != this)
        return; // a menu, dialog or another window: keep the state the body left
    const bool inBody = focus == m_body;
    for (QAction *action : {m_actions.bold, m_actions.italic, m_actions.link, m_actions.subhead,
             m_actions.quote, m_actions.list})
        action->setEnabled(inBody);
}

MainWindow::~MainWindow()
{
    m_saver->setDocument(nullptr);
    // ~QWidget closes the window, which moves the focus: the application's focusChanged would
    // reach updateFormatActions() on a window that is no longer a MainWindow (UBSan: member
    // call on an object of type QWidget).
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

SingleLineTextEdit *MainWindow::headlineEdit() const
{
    return m_form->headlineEdit();
}

SingleLineTextEdit *MainWindow::deckEdit() const
{
    return m_form->deckEdit();
}

void MainWindow::createActions()
{
    Actions &a = m_actions;
    auto make = [this](const QString &text, auto shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(QKeySequence(shortcut));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    a.newArticle = make(tr("&New Article"), QKeySequence::New, [this] { newArticle(); });
    a.duplicate = make(tr("&Duplicate Article"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
        [this] { duplicateArticle(); });
    a.kill = make(tr("&Kill Article…"), QKeySequence(), [this] { killArticle(); });
    a.quit = make(tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    a.undo = make(tr("&Undo"), QKeySequence::Undo, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    a.redo = make(tr("&Redo"), QKeySequence::Redo, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    setArticleUndoActions(a.undo, a.redo); // the fields' right-click menus offer these
    a.find = make(tr("&Find…"), QKeySequence::Find, [this] { m_findBar->showFind(); });
    a.replace = make(tr("&Replace…"), QKeySequence::Replace, [this] { m_findBar->showReplace(); });
    // Ctrl+H everywhere, whatever the platform's own binding for Replace is.
    QList<QKeySequence> replaceKeys = QKeySequence::keyBindings(QKeySequence::Replace);
    if (!replaceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_H)))
        replaceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_H));
    a.replace->setShortcuts(replaceKeys);
    a.findNext = make(tr("Find &Next"), QKeySequence::FindNext, [this] { m_findBar->findNext(); });
    a.findPrevious = make(
        tr("Find &Previous"), QKeySequence::FindPrevious, [this] { m_findBar->findPrevious(); });
    a.preferences = make(tr("&Settings…"), QKeySequence::Preferences, [this] {
        SettingsDialog dialog(this, m_store->dialect().describe(m_store->location()));
        dialog.exec();
    });
    a.preferences->setMenuRole(QAction::PreferencesRole);

    // On the field that has the focus (its own shortcuts do the same from the keyboard):
    // every text field has these slots; an editable combo box's are its line edit's.
    auto onFocusedField = [](const char *slot) {
        QWidget *focus = QApplication::focusWidget();
        if (auto *combo = qobject_cast<QComboBox *>(focus); combo && combo->lineEdit())
            focus = combo->lineEdit();
        if (focus && focus->metaObject()->indexOfSlot(QByteArray(slot) + "()") >= 0)
            QMetaObject::invokeMethod(focus, slot);
    };
    a.cut = make(tr("Cu&t"), QKeySequence::Cut, [onFocusedField] { onFocusedField("cut"); });
    a.copy = make(tr("&Copy"), QKeySequence::Copy, [onFocusedField] { onFocusedField("copy"); });
    a.paste =
        make(tr("&Paste"), QKeySequence::Paste, [onFocusedField] { onFocusedField("paste"); });
    a.selectAll = make(tr("Select &All"), QKeySequence::SelectAll,
        [onFocusedField] { onFocusedField("selectAll"); });

    a.bold = make(tr("&Bold"), QKeySequence::Bold, [this] { m_body->toggleBold(); });
    a.italic = make(tr("&Italic"), QKeySequence::Italic, [this] { m_body->toggleItalic(); });
    a.link =
        make(tr("&Link"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { m_body->insertLink(); });
    a.subhead = make(tr("&Subhead"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2),
        [this] { m_body->toggleSubhead(); });
    a.quote = make(tr("&Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period),
        [this] { m_body->toggleQuote(); });
    a.list = make(tr("Bulleted &List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8),
        [this] { m_body->toggleList(); });
    a.bold->setIconText(tr("B", "toolbar: bold"));
    a.italic->setIconText(tr("I", "toolbar: italic"));
    a.link->setIconText(tr("Link"));
    a.subhead->setIconText(tr("Subhead"));
    a.quote->setIconText(tr("Quote"));
    a.list->setIconText(tr("List"));
    QFont boldFont = a.bold->font();
    boldFont.setBold(true);
    a.bold->setFont(boldFont);
    QFont italicFont = a.italic->font();
    italicFont.setItalic(true);
    a.italic->setFont(italicFont);
    // Formatting applies to the body; the headline, deck and other fields are plain text, so
    // the actions are live only while the body has the focus (see updateFormatActions).
    connect(qApp, &QApplication::focusChanged, this,
        [this](QWidget *, QWidget *now) { updateFormatActions(now); });

    a.focusList = make(tr("Article &List"), QKeySequence(Qt::CTRL | Qt::Key_1),
        [this] { m_list->view()->setFocus(); });
    a.focusSearch = make(tr("&Search Articles"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
        [this] { m_list->searchEdit()->setFocus(); });
    a.focusHeadline = make(tr("&Headline"), QKeySequence(Qt::CTRL | Qt::Key_2),
        [this] { m_form->headlineEdit()->setFocus(); });
    a.focusBody =
        make(tr("B&ody"), QKeySequence(Qt::CTRL | Qt::Key_3), [this] { m_body->setFocus(); });
    a.togglePreview = make(tr("&Preview"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        [this](bool on) { m_preview->setVisible(on); });
    a.togglePreview->setCheckable(true);
    a.history = m_historyDock->toggleViewAction();
    a.history->setText(tr("&History"));
    a.history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    a.togglePreview->setChecked(true);
    // Version and the Qt, SQLite, Hunspell and md4c versions in use (ui/about).
    a.about = make(tr("&About Copydesk"), QKeySequence(), [this] { showAboutDialog(this); });
    a.about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createMenus()
{
    const Actions &a = m_actions;
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("FileMenu"));
    m_fileMenu->addActions({a.newArticle, a.duplicate, a.kill});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a.quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("EditMenu"));
    m_editMenu->addActions({a.undo, a.redo});
    m_editMenu->addSeparator();
    m_editMenu->addActions({a.cut, a.copy, a.paste, a.selectAll});
    m_editMenu->addSeparator();
    m_editMenu->addActions({a.find, a.replace, a.findNext, a.findPrevious});
    m_editMenu->addSeparator();
    m_editMenu->addAction(a.preferences);

    m_formatMenu = menuBar()->addMenu(tr("F&ormat"));
    m_formatMenu->setObjectName(QStringLiteral("FormatMenu"));
    m_formatMenu->addActions({a.bold, a.italic, a.link});
    m_formatMenu->addSeparator();
    m_formatMenu->addActions({a.subhead, a.quote, a.list});
    m_formatBar->addActions({a.bold, a.italic, a.link, a.subhead, a.quote, a.list});
    // The buttons show "B" and "I"; a screen reader says what they do.
    static const QRegularExpression mnemonic(QStringLiteral(R"(\(&\w\)|&(?=\w))"));
    for (QAction *action : m_formatBar->actions())
        m_formatBar->widgetForAction(action)->setAccessibleName(
            action->text().remove(mnemonic).trimmed());
    m_formatBar->setAccessibleName(tr("Format"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("ViewMenu"));
    m_viewMenu->addActions({a.focusList, a.focusSearch, a.focusHeadline, a.focusBody});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({a.togglePreview, a.history});

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("HelpMenu"));
    m_helpMenu->addAction(a.about);
}

void MainWindow::createStatusBar()
{
    m_countsLabel->setAccessibleName(tr("Length"));
    m_readingLabel->setAccessibleName(tr("Reading time"));
    m_revisionLabel->setAccessibleName(tr("Revision"));
    m_saveLabel->setAccessibleName(tr("Save state"));
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_readingLabel);
    statusBar()->addPermanentWidget(m_revisionLabel);
    statusBar()->addPermanentWidget(m_saveLabel);
}

QMenu *MainWindow::storyMenu()
{
    if (auto *story = findChild<QMenu *>(QStringLiteral("StoryMenu")))
        return story;
    auto *story = new QMenu(tr("&Story"), this);
    story->setObjectName(QStringLiteral("StoryMenu"));
    menuBar()->insertMenu(m_viewMenu->menuAction(), story);
    return story;
}

void MainWindow::addFormBanner(QWidget *banner)
{
    m_centreLayout->insertWidget(m_centreLayout->indexOf(m_notice) + 1, banner);
}

void MainWindow::setDocument(ArticleDocument *document)
{
    ArticleDocument *old = m_document;
    m_document = document;
    if (!m_notice->isHidden() && m_noticeArticle != document->id())
        m_notice->hide(); // it was about the story left
    m_saver->setDocument(document);
    m_form->setDocument(document);
    m_body->setDocument(document->textDocument(ArticleDocument::Body));
    m_findBar->setFields(
        {m_form->headlineEdit(), m_form->deckEdit(), m_body}, document->undoStack());
    // The splitter must not squeeze the form below what its fields need (clipped fields).
    m_form->adjustSize();
    m_formScroll->setMinimumWidth(
        m_form->minimumSizeHint().width() + m_formScroll->verticalScrollBar()->sizeHint().width());
    QTimer::singleShot(0, this, &MainWindow::fitFormInView);

    QUndoStack *stack = document->undoStack();
    m_actions.undo->setEnabled(stack->canUndo());
    m_actions.redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canUndoChanged, m_actions.undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_actions.redo, &QAction::setEnabled);
    connect(document, &ArticleDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(document, &ArticleDocument::contentChanged, this, [this] {
        schedulePreview();
        m_countsTimer.start();
    });
    connect(document, &ArticleDocument::fieldChanged, this, [this](ArticleDocument::Field f) {
        if (f == ArticleDocument::Headline)
            updateTitle();
    });
    connect(document, &ArticleDocument::storedChanged, this, &MainWindow::updateSaveState);
    connect(document, &ArticleDocument::textEditApplied, this,
        [this](ArticleDocument::Field field, int position) {
            // Undo/redo: show the change where it happened.
            QPlainTextEdit *edit = field == ArticleDocument::Body
                ? static_cast<QPlainTextEdit *>(m_body)
                : field == ArticleDocument::Headline ? m_form->headlineEdit()
                                                     : m_form->deckEdit();
            QTextCursor cursor = edit->textCursor();
            cursor.setPosition(qMin(position, edit->document()->characterCount() - 1));
            edit->setTextCursor(cursor);
            edit->ensureCursorVisible();
            edit->setFocus();
        });
    setWindowModified(document->isModified());
    updateTitle();
    updateCounts();
    updateSaveState();
    m_preview->showArticle(document->article());
    m_list->setCurrentArticle(document->id());
    if (m_historyDock->isVisible())
        m_history->setArticleId(document->id());
    if (old)
        old->deleteLater();
    emit documentChanged(document);
}

bool MainWindow::openArticle(const QString &id)
{
    if (m_document) {
        rememberCursor();
        m_form->commitPendingEdits();
        if (!m_saver->flush() && m_saver->state() != ArticleSaver::Conflict) {
            const auto answer = QMessageBox::warning(this, tr("Article not saved"),
                tr("The article could not be saved: %1\n\nYour changes are kept in the "
                   "recovery journal. Open the other article anyway?")
                    .arg(m_saver->stateMessage()),
                QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Open)
                return false;
        }
    }
    std::optional<Article> article;
    try {
        article = m_store->find(id);
    } catch (const StoreError &error) {
        statusBar()->showMessage(error.message(), 10000);
        return false;
    }
    if (!article)
        return false;
    auto *document = new ArticleDocument(*article, this);
    // Work a crash left behind for this article, if it was made on the stored revision.
    QString recovered;
    if (auto journal = RecoveryJournal::read(RecoveryJournal::pathFor(article->id))) {
        if (journal->article.revision >= article->revision) {
            document->replaceContent(journal->article, tr("Recover unsaved changes"));
            if (document->isModified()) {
                recovered = tr("Recovered changes that had not reached the store (from %1). "
                               "They will be saved now; Undo takes them back.")
                                .arg(QLocale().toString(
                                    journal->written.toLocalTime(), QLocale::ShortFormat));
            }
        } else {
            RecoveryJournal::remove(article->id);
        }
    }
    setDocument(document);
    if (!recovered.isEmpty())
        showNotice(recovered);
    EditorSettings::instance()->setLastArticle(article->id);
    const int position = EditorSettings::instance()->cursorPosition(article->id);
    m_body->setCursorPosition(position);
    m_body->setFocus();
    return true;
}

void MainWindow::newArticle()
{
    if (m_document) {
        rememberCursor();
        m_form->commitPendingEdits();
        m_saver->flush();
    }
    Article article;
    // The id is made here so the recovery journal can name the article before it is stored.
    article.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    article.language = EditorSettings::instance()->newStoryLanguage();
    setDocument(new ArticleDocument(article, this));
    m_form->headlineEdit()->setFocus();
}

void MainWindow::restoreSession()
{
    try {
        restoreFromStore();
    } catch (const StoreError &error) {
        // The store went away after it opened (a server down, a file replaced): the window
        // stays, with what it has, and says why; saves go to the recovery journal meanwhile.
        if (!m_document)
            newArticle();
        showNotice(tr("The store could not be read: %1").arg(error.message()));
    }
}

void MainWindow::restoreFromStore()
{
    m_form->setKnownSections(m_store->sections());
    m_form->setKnownTags(m_store->tags());

    // Recovery first: work that never reached the store.
    for (const RecoveryJournal::Entry &entry : RecoveryJournal::entries()) {
        const std::optional<Article> stored = m_store->find(entry.article.id);
        if (stored && openArticle(stored->id) && m_document->isModified())
            return;
        if (!stored && entry.article.revision == 0) {
            // A new article that was never stored.
            Article blank;
            blank.id = entry.article.id;
            auto *document = new ArticleDocument(blank, this);
            document->replaceContent(entry.article, tr("Recover unsaved changes"));
            setDocument(document);
            showNotice(
                tr("Recovered a new article that had not reached the store (from %1). It "
                   "will be saved now.")
                    .arg(QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat)));
            m_body->setFocus();
            return;
        }
    }
    if (m_document)
        return;
    const QString last = EditorSettings::instance()->lastArticle();
    if (!last.isEmpty() && openArticle(last))
        return;
    const QString newest = m_list->model()->idAt(0);
    if (!newest.isEmpty() && openArticle(newest))
        return;
    newArticle();
}

void MainWindow::duplicateArticle()
{
    if (!m_document)
        return;
    m_form->commitPendingEdits();
    m_saver->flush();
    Article copy = m_document->article();
    copy.id.clear();
    copy.slug.clear();
    copy.revision = 0;
    copy.status = ArticleStatus::Draft;
    copy.published = {};
    copy.created = {};
    copy.headline = tr("%1 (copy)").arg(copy.headline);
    try {
        const Article stored = m_store->create(copy);
        m_list->model()->articleStored(stored);
        openArticle(stored.id);
        m_form->headlineEdit()->setFocus();
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Duplicate Article"), error.message());
    }
}

void MainWindow::killArticle()
{
    if (!m_document)
        return;
    const QString headline = m_document->article().headline;
    const auto answer = QMessageBox::question(this, tr("Kill Article"),
        tr("Kill “%1”? A killed article stays in the store with its history but is never "
           "published.")
            .arg(headline.isEmpty() ? tr("Untitled") : headline),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    // A status change like any other: undoable, saved by autosave.
    m_document->setValue(ArticleDocument::Status, int(ArticleStatus::Killed));
    m_saver->flush();
}

void MainWindow::showNotice(const QString &text)
{
    m_noticeArticle = m_document ? m_document->id() : QString();
    m_notice->setText(text);
    m_notice->show();
    statusBar()->showMessage(text, 15000);
}

QString MainWindow::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void MainWindow::showConflict(const Article &mine, const QString &message)
{
    Q_UNUSED(mine);
    showNotice(tr("Not saved: someone else saved a newer revision of this article first (%1). "
                  "Nothing was overwritten; your version stays here and in the recovery journal.")
                   .arg(message));
}

void MainWindow::updateTitle()
{
    QString headline = m_document ? m_document->article().headline.simplified() : QString();
    if (headline.isEmpty())
        headline = tr("Untitled");
    setWindowTitle(tr("Copydesk — %1[*]").arg(headline));
}

QString MainWindow::countsText() const
{
    return m_countsLabel->text();
}

QString MainWindow::saveStateText() const
{
    return m_saveLabel->text();
}

void MainWindow::updateCounts()
{
    if (!m_document)
        return;
    const Article article = m_document->article();
    const TextCounts counts = article.counts();
    const int length = article.length();
    // A Chinese story shows the print desk's 字数, the same number its target is measured in.
    QString text;
    if (article.measuresInCharacters()) {
        text = tr("字数: %1").arg(length);
    } else {
        text = tr("Words: %1").arg(counts.words);
        if (counts.cjkChars > 0)
            text += QStringLiteral(" · ") + tr("CJK chars: %1").arg(counts.cjkChars);
    }
    QString colour;
    if (article.targetLength > 0) {
        const int difference = length - article.targetLength;
        const QString unit = article.measuresInCharacters() ? tr("chars") : tr("words");
        text += QStringLiteral(" / %1 %2").arg(article.targetLength).arg(unit);
        if (difference > 0) {
            text += QStringLiteral(" (") + tr("%1 over").arg(difference) + u')';
            colour = QStringLiteral("#c0392b");
        } else if (difference < 0) {
            text += QStringLiteral(" (") + tr("%1 under").arg(-difference) + u')';
            colour = QStringLiteral("#b7791f");
        } else {
            colour = QStringLiteral("#2e7d32");
        }
    }
    m_countsLabel->setText(text);
    m_countsLabel->setStyleSheet(
        colour.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(colour));
    m_readingLabel->setText(tr("Reading time: %1 min").arg(readingMinutes(counts)));
}

void MainWindow::updateSaveState()
{
    if (!m_document)
        return;
    const int revision = m_document->revision();
    m_revisionLabel->setText(revision > 0 ? tr("Revision %1").arg(revision) : tr("Not yet stored"));
    QString text;
    QString colour;
    switch (m_saver->state()) {
    case ArticleSaver::Saved:
        text = revision > 0 ? tr("Saved") : tr("New");
        break;
    case ArticleSaver::Modified:
        text = tr("Unsaved changes");
        break;
    case ArticleSaver::Saving:
        text = tr("Saving…");
        break;
    case ArticleSaver::Failed:
        text = tr("Save failed: %1").arg(m_saver->stateMessage());
        colour = QStringLiteral("#c0392b");
        break;
    case ArticleSaver::Conflict:
        text = tr("Conflict: not saved");
        colour = QStringLiteral("#c0392b");
        break;
    }
    m_saveLabel->setText(text);
    m_saveLabel->setToolTip(m_saver->stateMessage());
    m_saveLabel->setStyleSheet(colour.isEmpty()
            ? QString()
            : QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour));
}

void MainWindow::schedulePreview()
{
    // Coalesced: the preview renders at most a few times a second while typing.
    if (!m_previewTimer.isActive())
        m_previewTimer.start();
}

void MainWindow::rememberCursor()
{
    if (m_document && m_document->revision() > 0)
        EditorSettings::instance()->setCursorPosition(
            m_document->id(), m_body->textCursor().position());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberCursor();
    m_form->commitPendingEdits();
    if (!m_saver->flush() && m_saver->state() != ArticleSaver::Conflict) {
        const auto answer = QMessageBox::warning(this, tr("Article not saved"),
            tr("The article could not be saved: %1\n\nYour changes are kept in the recovery "
               "journal and will be restored next time. Quit anyway?")
                .arg(m_saver->stateMessage()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QSettings &state = EditorSettings::instance()->store();
    state.setValue(QStringLiteral("window/geometry"), saveGeometry());
    state.setValue(QStringLiteral("window/state"), saveState());
    state.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    state.setValue(QStringLiteral("window/centreSplitter"), m_centreSplitter->saveState());
    state.setValue(QStringLiteral("window/preview"), m_actions.togglePreview->isChecked());
    if (m_document && m_document->revision() > 0)
        EditorSettings::instance()->setLastArticle(m_document->id());
    event->accept();
}
