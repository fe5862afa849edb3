// SPDX-License-Identifier: GPL-3.0-or-later
#include "photos/photostrip.h"

#include "editor/articledocument.h"
#include "editor/linetext.h"
#include "editor/undoshortcutfilter.h"
#include "photos/photolibrary.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using Copydesk::Photo;

namespace {

// The body without its references to photo `id`: an image alone on its line goes with the
// line, so no empty paragraph is left behind.
QString withoutReferences(QString body, const QString &id)
{
    const QString image =
        QStringLiteral(R"(!\[[^\]\n]*\]\(media:%1\))").arg(QRegularExpression::escape(id));
    const bool endedInNewline = body.endsWith(u'\n');
    body.remove(QRegularExpression(QStringLiteral(R"((?m)^%1[ \t]*(\n\n?|$))").arg(image)));
    body.remove(QRegularExpression(image));
    while (!endedInNewline && body.endsWith(u'\n'))
        body.chop(1);
    return body;
}

} // namespace

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

// --- PhotoRow ---------------------------------------------------------------------------------

PhotoRow::PhotoRow(QWidget *parent)
    : QFrame(parent),
      m_thumbnail(new QLabel(this)),
      m_name(new QLabel(this)),
      m_caption(new QLineEdit(this)),
      m_credit(new QLineEdit(this)),
      m_alt(new QLineEdit(this)),
      m_noAlt(new QLabel(this)),
      m_lead(new QCheckBox(tr("Lead photo"), this)),
      m_up(new QToolButton(this)),
      m_down(new QToolButton(this)),
      m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("photoRow"));
    setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setFixedSize(PhotoStrip::thumbnailSize());
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setBackgroundRole(QPalette::AlternateBase);
    m_thumbnail->setAutoFillBackground(true);
    m_thumbnail->setText(tr("Loading…"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long file name must not widen the form past its pane (the fields would be cut off).
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_name->installEventFilter(this);

    m_caption->setPlaceholderText(tr("Caption"));
    m_caption->setAccessibleName(tr("Caption"));
    m_credit->setPlaceholderText(tr("Credit: the photographer"));
    m_credit->setAccessibleName(tr("Credit"));
    m_alt->setPlaceholderText(tr("Alt text: what the photo shows, for screen readers"));
    m_alt->setAccessibleName(tr("Alt text"));
    m_noAlt->setText(tr("⚠ No alt text"));
    m_noAlt->setToolTip(tr("A screen reader has nothing to say for this photo: describe what it "
                           "shows in the alt text."));
    m_noAlt->setObjectName(QStringLiteral("noAltText"));
    for (QLineEdit *edit : {m_caption, m_credit, m_alt})
        edit->installEventFilter(UndoShortcutFilter::instance());
    // Named, so that focus finds the same field again when the rows are made anew.
    m_caption->setObjectName(QStringLiteral("caption"));
    m_credit->setObjectName(QStringLiteral("credit"));
    m_alt->setObjectName(QStringLiteral("alt"));
    m_lead->setObjectName(QStringLiteral("lead"));
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_thumbnail->setObjectName(QStringLiteral("thumbnail"));

    m_up->setArrowType(Qt::UpArrow);
    m_up->setAccessibleName(tr("Move photo up"));
    m_up->setToolTip(tr("Move photo up"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setAccessibleName(tr("Move photo down"));
    m_down->setToolTip(tr("Move photo down"));
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove photo"));
    m_remove->setToolTip(tr("Take the photo off the story (Undo brings it back)"));
    for (QToolButton *button : {m_up, m_down, m_remove}) {
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
    }

    auto *fields = new QGridLayout;
    fields->setHorizontalSpacing(6);
    fields->setVerticalSpacing(3);
    auto *top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_lead);
    top->addWidget(m_up);
    top->addWidget(m_down);
    top->addWidget(m_remove);
    fields->addLayout(top, 0, 0, 1, 3);
    fields->addWidget(m_caption, 1, 0, 1, 3);
    fields->addWidget(m_credit, 2, 0);
    fields->addWidget(m_alt, 2, 1);
    fields->addWidget(m_noAlt, 2, 2); // beside the field to fill
    fields->setColumnStretch(0, 2);
    fields->setColumnStretch(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_thumbnail, 0, Qt::AlignTop);
    layout->addLayout(fields, 1);

    connect(m_caption, &QLineEdit::textEdited, this,
        [this](const QString &text) { emit captionEdited(QString(m_photo.id), text); });
    connect(m_credit, &QLineEdit::textEdited, this,
        [this](const QString &text) { emit creditEdited(QString(m_photo.id), text); });
    connect(m_alt, &QLineEdit::textEdited, this,
        [this](const QString &text) { emit altEdited(QString(m_photo.id), text); });
    connect(m_lead, &QCheckBox::clicked, this,
        [this](bool on) { emit leadToggled(QString(m_photo.id), on); });
    connect(
        m_up, &QToolButton::clicked, this, [this] { emit moveRequested(QString(m_photo.id), -1); });
    connect(m_down, &QToolButton::clicked, this,
        [this] { emit moveRequested(QString(m_photo.id), 1); });
    connect(m_remove, &QToolButton::clicked, this,
        [this] { emit removeRequested(QString(m_photo.id)); });
}

void PhotoRow::setPhoto(const Photo &photo, bool first, bool last)
{
    m_photo = photo;
    m_name->setToolTip(photo.filename);
    m_nameText = tr("%1 · %2×%3 · %4")
                     .arg(photo.filename)
                     .arg(photo.width)
                     .arg(photo.height)
                     .arg(QLocale().formattedDataSize(photo.bytes));
    updateName();
    setLineText(m_caption, photo.caption);
    setLineText(m_credit, photo.credit);
    setLineText(m_alt, photo.alt);
    m_lead->setChecked(photo.lead);
    m_up->setEnabled(!first);
    m_down->setEnabled(!last);
    m_thumbnail->setAccessibleName(tr("Photo %1").arg(photo.filename));
    setAccessibleName(tr("Photo %1").arg(photo.filename));
    updateAltMark();
}

void PhotoRow::setThumbnail(const QPixmap &pixmap)
{
    m_hasThumbnail = !pixmap.isNull();
    if (m_hasThumbnail)
        m_thumbnail->setPixmap(pixmap);
    else
        m_thumbnail->setText(tr("No preview"));
}

bool PhotoRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_name && event->type() == QEvent::Resize)
        updateName(); // elided to the width the layout gives it
    return QFrame::eventFilter(watched, event);
}

void PhotoRow::updateName()
{
    m_name->setText(
        m_name->fontMetrics().elidedText(m_nameText, Qt::ElideMiddle, qMax(0, m_name->width())));
}

bool PhotoRow::isMarkedWithoutAlt() const
{
    return !m_noAlt->isHidden();
}

void PhotoRow::updateAltMark()
{
    const bool missing = m_photo.alt.trimmed().isEmpty();
    m_noAlt->setVisible(missing);
    const QString description =
        missing ? tr("No alt text: a screen reader has nothing to say for this photo.") : QString();
    setAccessibleDescription(description);
    m_alt->setAccessibleDescription(description);
    // The field to fill is outlined, as the counts turn red over the target.
    m_alt->setStyleSheet(
        missing ? QStringLiteral("QLineEdit { border: 1px solid #c0392b; }") : QString());
    m_noAlt->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
}

// --- PhotoStrip -------------------------------------------------------------------------------

PhotoStrip::PhotoStrip(PhotoLibrary *library, QWidget *parent)
    : QFrame(parent),
      m_library(library),
      m_title(new QLabel(tr("Photos"), this)),
      m_empty(new QLabel(this)),
      m_add(new QPushButton(tr("Add &Photo…"), this)),
      m_rowsLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("photoStrip"));
    setAccessibleName(tr("Photos"));
    setAcceptDrops(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_empty->setText(tr("No photos. Add one, or drop image files here or in the body."));
    m_empty->setEnabled(false);
    m_add->setToolTip(tr("Attach JPEG, PNG, WebP or GIF photos to the story"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_empty, 1);
    header->addStretch();
    header->addWidget(m_add);
    m_rowsLayout->setSpacing(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(header);
    layout->addLayout(m_rowsLayout);
    connect(m_add, &QPushButton::clicked, this, &PhotoStrip::addRequested);
}

void PhotoStrip::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ArticleDocument::fieldChanged, this, [this](ArticleDocument::Field f) {
            if (f == ArticleDocument::Media)
                sync();
        });
    }
    sync();
}

void PhotoStrip::sync()
{
    const QList<Photo> media = m_document
        ? m_document->value(ArticleDocument::Media).value<QList<Photo>>()
        : QList<Photo>();
    bool sameRows = media.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < media.size(); ++i)
        sameRows = m_rows.at(i)->photo().id == media.at(i).id
            && m_rows.at(i)->photo().sha256 == media.at(i).sha256;
    if (!sameRows) {
        // Focus follows the photo it was on (a photo moved up keeps its button focused).
        QString focusedId;
        QString focusedName;
        for (PhotoRow *row : std::as_const(m_rows)) {
            if (QWidget *focus = focusWidget(); focus && row->isAncestorOf(focus)) {
                focusedId = row->photo().id;
                focusedName = focus->objectName();
            }
        }
        // Later: the change may come from a button of the row (Remove, Move).
        for (PhotoRow *row : std::as_const(m_rows)) {
            row->hide();
            row->deleteLater();
        }
        m_rows.clear();
        while (m_rows.size() < media.size()) {
            PhotoRow *row = makeRow();
            m_rowsLayout->addWidget(row);
            m_rows.append(row);
        }
        for (PhotoRow *row : std::as_const(m_rows)) {
            if (row->photo().id != focusedId)
                continue;
            if (auto *w = row->findChild<QWidget *>(focusedName); w && w->isEnabled())
                w->setFocus();
            else
                row->captionEdit()->setFocus();
        }
    }
    for (qsizetype i = 0; i < media.size(); ++i) {
        PhotoRow *row = m_rows.at(i);
        row->setPhoto(media.at(i), i == 0, i == media.size() - 1);
        if (const auto pixmap = m_thumbnails.constFind(media.at(i).sha256);
            pixmap != m_thumbnails.cend())
            row->setThumbnail(*pixmap);
        else
            requestThumbnail(media.at(i).sha256);
    }
    m_empty->setVisible(media.isEmpty());
    m_title->setText(media.isEmpty() ? tr("Photos") : tr("Photos (%1)").arg(media.size()));
}

PhotoRow *PhotoStrip::makeRow()
{
    auto *row = new PhotoRow(this);
    connect(row, &PhotoRow::captionEdited, this, [this](const QString &id, const QString &t) {
        editPhoto(id, tr("Edit caption"), QStringLiteral("caption:") + id,
            [&t](Photo &p) { p.caption = t; });
    });
    connect(row, &PhotoRow::creditEdited, this, [this](const QString &id, const QString &t) {
        editPhoto(id, tr("Edit credit"), QStringLiteral("credit:") + id,
            [&t](Photo &p) { p.credit = t; });
    });
    connect(row, &PhotoRow::altEdited, this, [this](const QString &id, const QString &t) {
        editPhoto(
            id, tr("Edit alt text"), QStringLiteral("alt:") + id, [&t](Photo &p) { p.alt = t; });
    });
    connect(row, &PhotoRow::leadToggled, this, [this](const QString &id, bool lead) {
        QList<Photo> media = m_document->value(ArticleDocument::Media).value<QList<Photo>>();
        for (Photo &photo : media)
            photo.lead = lead && photo.id == id; // at most one
        edit(media, lead ? tr("Make lead photo") : tr("No lead photo"));
    });
    connect(row, &PhotoRow::moveRequested, this, &PhotoStrip::move);
    connect(row, &PhotoRow::removeRequested, this, &PhotoStrip::remove);
    return row;
}

void PhotoStrip::requestThumbnail(const QString &sha256)
{
    if (m_decoding.contains(sha256))
        return;
    m_decoding.insert(sha256);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, sha256] {
        watcher->deleteLater();
        m_decoding.remove(sha256);
        const QPixmap pixmap = QPixmap::fromImage(watcher->result());
        m_thumbnails.insert(sha256, pixmap);
        for (PhotoRow *row : std::as_const(m_rows)) {
            if (row->photo().sha256 == sha256)
                row->setThumbnail(pixmap);
        }
    });
    watcher->setFuture(m_library->thumbnail(sha256, thumbnailSize()));
}

void PhotoStrip::edit(const QList<Photo> &media, const QString &undoText, const QString &mergeKey)
{
    if (m_document)
        m_document->setValue(
            ArticleDocument::Media, QVariant::fromValue(media), undoText, mergeKey);
}

void PhotoStrip::editPhoto(const QString &id, const QString &undoText, const QString &mergeKey,
    const std::function<void(Photo &)> &change)
{
    if (!m_document)
        return;
    QList<Photo> media = m_document->value(ArticleDocument::Media).value<QList<Photo>>();
    for (Photo &photo : media) {
        if (photo.id == id)
            change(photo);
    }
    edit(media, undoText, mergeKey);
}

void PhotoStrip::move(const QString id, int by)
{
    if (!m_document)
        return;
    QList<Photo> media = m_document->value(ArticleDocument::Media).value<QList<Photo>>();
    const qsizetype from = std::find_if(media.cbegin(), media.cend(), [&](const Photo &p) {
        return p.id == id;
    }) - media.cbegin();
    const qsizetype to = from + by;
    if (from >= media.size() || to < 0 || to >= media.size())
        return;
    media.move(from, to);
    edit(media, tr("Move photo"));
}

void PhotoStrip::remove(const QString id)
{
    if (!m_document)
        return;
    QList<Photo> media = m_document->value(ArticleDocument::Media).value<QList<Photo>>();
    media.removeIf([&](const Photo &p) { return p.id == id; });
    // The photo and the body's references to it go together, as one undo step.
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Remove photo"));
    edit(media, tr("Remove photo"));
    const QString body = m_document->value(ArticleDocument::Body).toString();
    m_document->setValue(ArticleDocument::Body, withoutReferences(body, id));
    stack->endMacro();
}

void PhotoStrip::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void PhotoStrip::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    emit filesDropped(files);
}
