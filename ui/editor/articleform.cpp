// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/articleform.h"

#include "editor/bylineseditor.h"
#include "editor/dateedit.h"
#include "editor/fieldcontextmenu.h"
#include "editor/linetext.h"
#include "editor/singlelinetextedit.h"
#include "editor/tagsedit.h"
#include "editor/undoshortcutfilter.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// The same for the notes, whose own undo is off (the article's stack has it).
void setPlainText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const int position = edit->textCursor().position();
    edit->setPlainText(text);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    edit->setTextCursor(cursor);
}

} // namespace

QString ArticleForm::statusLabel(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return tr("Draft");
    case ArticleStatus::Edit:
        return tr("In edit");
    case ArticleStatus::Ready:
        return tr("Ready");
    case ArticleStatus::Published:
        return tr("Published");
    case ArticleStatus::Killed:
        return tr("Killed");
    }
    return {};
}

ArticleForm::ArticleForm(QWidget *parent)
    : QWidget(parent),
      m_headline(new SingleLineTextEdit(this)),
      m_deck(new SingleLineTextEdit(this)),
      m_bylines(new BylinesEditor(this)),
      m_place(new QLineEdit(this)),
      m_date(new DateEdit(this)),
      m_source(new QLineEdit(this)),
      m_section(new QComboBox(this)),
      m_tags(new TagsEdit(this)),
      m_status(new QComboBox(this)),
      m_language(new QComboBox(this)),
      m_targetLength(new QSpinBox(this)),
      m_moreButton(new QToolButton(this)),
      m_editor(new QLineEdit(this)),
      m_signoff(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this))
{
    QFont headlineFont = font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.45);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setPlaceholderText(tr("Headline"));
    m_headline->setAccessibleName(tr("Headline"));
    m_deck->setPlaceholderText(tr("Deck: one or two sentences under the headline"));
    m_deck->setAccessibleName(tr("Deck"));

    m_place->setPlaceholderText(tr("Place"));
    m_place->setAccessibleName(tr("Dateline place"));
    m_date->setAccessibleName(tr("Dateline date"));
    m_source->setPlaceholderText(tr("Source"));
    m_source->setAccessibleName(tr("Dateline source"));
    m_source->setCompleter(new QCompleter(
        {QStringLiteral("新华社"), QStringLiteral("淮安日报"), QStringLiteral("中央社"),
            QStringLiteral("AP"), QStringLiteral("Reuters"), QStringLiteral("AFP")},
        m_source));

    m_section->setEditable(true);
    m_section->setInsertPolicy(QComboBox::NoInsert);
    m_section->setAccessibleName(tr("Section"));
    m_section->lineEdit()->setPlaceholderText(tr("Section"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_tags->setAccessibleName(tr("Tags"));

    for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::Edit, ArticleStatus::Ready,
             ArticleStatus::Published, ArticleStatus::Killed})
        m_status->addItem(statusLabel(status), int(status));
    m_status->setAccessibleName(tr("Status"));
    for (QComboBox *box : {m_status, m_language}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(7);
    }
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_section->setMinimumContentsLength(5);

    // Language names are shown in their own language, as language pickers do.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh-Hans"));
    m_language->addItem(QStringLiteral("中文（繁體）"), QStringLiteral("zh-Hant"));
    m_language->setAccessibleName(tr("Language"));

    m_targetLength->setRange(0, 100000);
    m_targetLength->setSingleStep(50);
    m_targetLength->setSpecialValueText(tr("none"));
    m_targetLength->setAccessibleName(tr("Target length"));
    m_targetLength->setToolTip(tr("Target length: words for English copy, characters for Chinese"));

    // Fields an import fills and a reporter rarely types, so they wait behind "More".
    m_moreButton->setText(tr("&More"));
    m_moreButton->setAccessibleName(tr("More fields"));
    m_moreButton->setToolTip(tr("Editor, sign-off and notes"));
    m_moreButton->setCheckable(true);
    m_moreButton->setAutoRaise(true);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreButton->setArrowType(Qt::RightArrow);
    m_moreButton->setFocusPolicy(Qt::StrongFocus);
    m_editor->setPlaceholderText(tr("Editor in charge (责任编辑)"));
    m_editor->setAccessibleName(tr("Editor"));
    m_signoff->setPlaceholderText(tr("Sign-off line"));
    m_signoff->setAccessibleName(tr("Sign-off"));
    m_notes->setPlaceholderText(tr("Notes for the desk; never published"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setUndoRedoEnabled(false); // the article's undo stack records every change
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3
        + 2 * (m_notes->frameWidth() + int(m_notes->document()->documentMargin())));
    m_notes->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_notes, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (auto menu = createFieldContextMenu(m_notes, m_notes->mapToGlobal(pos)))
            menu->exec(m_notes->mapToGlobal(pos));
    });

    for (QWidget *w : {static_cast<QWidget *>(m_place), static_cast<QWidget *>(m_source),
             static_cast<QWidget *>(m_section->lineEdit()), static_cast<QWidget *>(m_targetLength),
             static_cast<QWidget *>(m_editor), static_cast<QWidget *>(m_signoff),
             static_cast<QWidget *>(m_notes)})
        w->installEventFilter(UndoShortcutFilter::instance());

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    int row = 0;
    grid->addWidget(m_headline, row++, 0, 1, 8);
    grid->addWidget(m_deck, row++, 0, 1, 8);
    grid->addWidget(
        buddyLabel(tr("&Byline:"), m_bylines, this), row, 0, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(m_bylines, row++, 1, 1, 7);
    grid->addWidget(buddyLabel(tr("&Dateline:"), m_place, this), row, 0, Qt::AlignRight);
    grid->addWidget(m_place, row, 1, 1, 2);
    grid->addWidget(m_date, row, 3, 1, 2);
    grid->addWidget(m_source, row++, 5, 1, 3);
    grid->addWidget(buddyLabel(tr("S&ection:"), m_section, this), row, 0, Qt::AlignRight);
    grid->addWidget(m_section, row, 1, 1, 2);
    grid->addWidget(buddyLabel(tr("&Tags:"), m_tags, this), row, 3, Qt::AlignRight);
    grid->addWidget(m_tags, row++, 4, 1, 4);
    grid->addWidget(buddyLabel(tr("St&atus:"), m_status, this), row, 0, Qt::AlignRight);
    grid->addWidget(m_status, row, 1, 1, 2);
    grid->addWidget(buddyLabel(tr("&Language:"), m_language, this), row, 3, Qt::AlignRight);
    grid->addWidget(m_language, row, 4);
    grid->addWidget(buddyLabel(tr("Tar&get:"), m_targetLength, this), row, 5, Qt::AlignRight);
    grid->addWidget(m_targetLength, row++, 6, 1, 2);
    grid->addWidget(m_moreButton, row++, 0, 1, 2, Qt::AlignLeft);
    auto *editorLabel = buddyLabel(tr("Ed&itor:"), m_editor, this);
    auto *signoffLabel = buddyLabel(tr("Sig&n-off:"), m_signoff, this);
    auto *notesLabel = buddyLabel(tr("Note&s:"), m_notes, this);
    grid->addWidget(editorLabel, row, 0, Qt::AlignRight);
    grid->addWidget(m_editor, row, 1, 1, 2);
    grid->addWidget(signoffLabel, row, 3, Qt::AlignRight);
    grid->addWidget(m_signoff, row++, 4, 1, 4);
    grid->addWidget(notesLabel, row, 0, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(m_notes, row++, 1, 1, 7);
    m_moreRows = {editorLabel, m_editor, signoffLabel, m_signoff, notesLabel, m_notes};
    for (QWidget *w : std::as_const(m_moreRows))
        w->hide();
    connect(m_moreButton, &QToolButton::toggled, this, &ArticleForm::setMoreShown);
    for (int c : {1, 2, 4, 6, 7})
        grid->setColumnStretch(c, 1);

    // Return walks the form like Tab; the rows of bylines come and go with the article.
    connect(m_headline, &SingleLineTextEdit::returnPressed, m_deck,
        [this] { m_deck->setFocus(Qt::TabFocusReason); });
    connect(m_deck, &SingleLineTextEdit::returnPressed, this,
        [this] { m_bylines->firstNameEdit()->setFocus(Qt::TabFocusReason); });
    connect(m_bylines, &BylinesEditor::rowsChanged, this, &ArticleForm::updateTabOrder);
    updateTabOrder();

    using F = ArticleDocument;
    connect(m_bylines, &BylinesEditor::edited, this,
        [this](const QList<Byline> &b) { edit(F::Bylines, QVariant::fromValue(b)); });
    // The article holds what each field shows: textChanged, not textEdited, because a pick
    // from a completer (新 → 新华社) sets the text without "editing" it. Values put back by
    // refresh() (undo, another article) are told apart by m_updating.
    connect(m_place, &QLineEdit::textChanged, this,
        [this](const QString &t) { edit(F::DatelinePlace, t); });
    connect(m_date, &DateEdit::dateEdited, this,
        [this](const QString &t) { edit(F::DatelineDate, t); });
    connect(m_source, &QLineEdit::textChanged, this,
        [this](const QString &t) { edit(F::DatelineSource, t); });
    connect(m_section, &QComboBox::currentTextChanged, this,
        [this](const QString &t) { edit(F::Section, t.trimmed()); });
    connect(
        m_tags, &TagsEdit::tagsEdited, this, [this](const QStringList &t) { edit(F::Tags, t); });
    connect(m_status, &QComboBox::activated, this, [this] {
        const auto status = ArticleStatus(m_status->currentData().toInt());
        if (m_document && m_statusGuard && !m_updating && !m_statusGuard(status)) {
            refresh(F::Status); // refused: the box shows the story's status again
            return;
        }
        edit(F::Status, int(status));
    });
    connect(m_language, &QComboBox::activated, this,
        [this] { edit(F::Language, m_language->currentData().toString()); });
    connect(
        m_targetLength, &QSpinBox::valueChanged, this, [this](int v) { edit(F::TargetLength, v); });
    connect(
        m_editor, &QLineEdit::textChanged, this, [this](const QString &t) { edit(F::Editor, t); });
    connect(m_signoff, &QLineEdit::textChanged, this,
        [this](const QString &t) { edit(F::Signoff, t); });
    connect(m_notes, &QPlainTextEdit::textChanged, this,
        [this] { edit(F::Notes, m_notes->toPlainText()); });
}

void ArticleForm::addPanel(QWidget *panel)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    grid->addWidget(panel, grid->rowCount(), 0, 1, grid->columnCount());
}

bool ArticleForm::isMoreShown() const
{
    return m_moreButton->isChecked();
}

void ArticleForm::setMoreShown(bool shown)
{
    m_moreButton->setChecked(shown); // re-enters through toggled() when it changes
    if (m_moreRows.first()->isHidden() != shown)
        return;
    m_moreButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    for (QWidget *w : std::as_const(m_moreRows))
        w->setVisible(shown);
    emit moreShownChanged(shown);
}

void ArticleForm::updateTabOrder()
{
    // As on screen, left to right and top to bottom. Byline rows made later would otherwise
    // come last in the focus chain, after the target length.
    QList<QWidget *> chain = {m_headline, m_deck};
    chain << m_bylines->focusChain();
    chain << QList<QWidget *> {m_place, m_date, m_source, m_section, m_tags, m_status, m_language,
        m_targetLength, m_moreButton, m_editor, m_signoff, m_notes};
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void ArticleForm::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_headline->setDocument(document->textDocument(ArticleDocument::Headline));
    m_deck->setDocument(document->textDocument(ArticleDocument::Deck));
    connect(document, &ArticleDocument::fieldChanged, this, &ArticleForm::refresh);
    // A story that came with an editor, a sign-off or notes (an import) shows them
    // (refresh() opens the row for a value that differs from what it shows).
    refreshAll();
}

void ArticleForm::setKnownSections(const QStringList &sections)
{
    const QString current = m_section->currentText();
    m_updating = true;
    m_section->clear();
    m_section->addItems(sections);
    m_section->setCurrentText(current);
    m_updating = false;
}

void ArticleForm::setKnownTags(const QStringList &tags)
{
    m_tags->setKnownTags(tags);
}

void ArticleForm::learnFrom(const Article &stored)
{
    const QString section = stored.section.trimmed();
    if (!section.isEmpty() && m_section->findText(section, Qt::MatchExactly) < 0) {
        const QString current = m_section->currentText();
        m_updating = true;
        m_section->addItem(section);
        m_section->setCurrentText(current);
        m_updating = false;
    }
    m_tags->addKnownTags(stored.tags);
}

void ArticleForm::commitPendingEdits()
{
    m_tags->commit();
}

void ArticleForm::edit(ArticleDocument::Field field, const QVariant &value)
{
    if (!m_updating && m_document)
        m_document->setValue(field, value);
}

void ArticleForm::refreshAll()
{
    for (int f = ArticleDocument::Bylines; f < ArticleDocument::FieldCount; ++f)
        refresh(ArticleDocument::Field(f));
}

void ArticleForm::refresh(ArticleDocument::Field field)
{
    if (!m_document)
        return;
    const QVariant value = m_document->value(field);
    m_updating = true;
    switch (field) {
    case ArticleDocument::Headline:
    case ArticleDocument::Deck:
    case ArticleDocument::Body:
    case ArticleDocument::Media: // the photo strip's (ui/media)
    case ArticleDocument::FieldCount:
        break;
    case ArticleDocument::Bylines:
        m_bylines->setBylines(value.value<QList<Byline>>());
        break;
    case ArticleDocument::DatelinePlace:
        setLineText(m_place, value.toString());
        break;
    case ArticleDocument::DatelineDate:
        setLineText(m_date, value.toString());
        break;
    case ArticleDocument::DatelineSource:
        setLineText(m_source, value.toString());
        break;
    case ArticleDocument::Section:
        if (m_section->currentText().trimmed() != value.toString())
            m_section->setCurrentText(value.toString());
        break;
    case ArticleDocument::Tags:
        m_tags->setTags(value.toStringList());
        break;
    case ArticleDocument::Status:
        m_status->setCurrentIndex(m_status->findData(value.toInt()));
        break;
    case ArticleDocument::Language: {
        int index = m_language->findData(value.toString());
        if (index < 0) {
            // Another BCP 47 tag ("zh-TW", "en-GB"): offer it as it is.
            m_language->addItem(value.toString(), value.toString());
            index = m_language->count() - 1;
        }
        m_language->setCurrentIndex(index);
        updateTargetSuffix();
        break;
    }
    case ArticleDocument::TargetLength:
        if (m_targetLength->value() != value.toInt())
            m_targetLength->setValue(value.toInt());
        break;
    // An undo that changes one of these shows it, not a change behind a closed row.
    case ArticleDocument::Editor:
        if (m_editor->text() != value.toString()) {
            setMoreShown(true);
            setLineText(m_editor, value.toString());
        }
        break;
    case ArticleDocument::Signoff:
        if (m_signoff->text() != value.toString()) {
            setMoreShown(true);
            setLineText(m_signoff, value.toString());
        }
        break;
    case ArticleDocument::Notes:
        if (m_notes->toPlainText() != value.toString()) {
            setMoreShown(true);
            setPlainText(m_notes, value.toString());
        }
        break;
    }
    m_updating = false;
}

void ArticleForm::updateTargetSuffix()
{
    const bool chinese = isChineseLanguage(m_document->value(ArticleDocument::Language).toString());
    m_targetLength->setSuffix(chinese ? tr(" chars") : tr(" words"));
}
