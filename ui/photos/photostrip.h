// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/articlemedia.h"

#include <QFrame>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QSet>

class ArticleDocument;
class PhotoLibrary;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

// One photo of the story in the strip: its thumbnail, file name and size, caption, credit and
// alt text, whether it is the lead photo, and buttons to move it or take it off the story.
class PhotoRow : public QFrame
{
    Q_OBJECT

public:
    explicit PhotoRow(QWidget *parent = nullptr);

    // Shows `photo` (the fields being typed in keep their cursor); `first`/`last` disable the
    // move buttons that would go nowhere.
    void setPhoto(const Copydesk::Photo &photo, bool first, bool last);
    const Copydesk::Photo &photo() const { return m_photo; }
    void setThumbnail(const QPixmap &pixmap);
    bool hasThumbnail() const { return m_hasThumbnail; }
    // Whether the row says the photo has no alt text.
    bool isMarkedWithoutAlt() const;

    QLineEdit *captionEdit() const { return m_caption; }
    QLineEdit *creditEdit() const { return m_credit; }
    QLineEdit *altEdit() const { return m_alt; }
    QCheckBox *leadBox() const { return m_lead; }
    QToolButton *moveUpButton() const { return m_up; }
    QToolButton *moveDownButton() const { return m_down; }
    QToolButton *removeButton() const { return m_remove; }

signals:
    // What the reporter did: each carries the photo's id.
    void captionEdited(const QString &id, const QString &text);
    void creditEdited(const QString &id, const QString &text);
    void altEdited(const QString &id, const QString &text);
    void leadToggled(const QString &id, bool lead);
    void moveRequested(const QString &id, int by);
    void removeRequested(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateAltMark();
    void updateName();

    Copydesk::Photo m_photo;
    QString m_nameText; // shown elided when the row is narrow
    QLabel *m_thumbnail;
    QLabel *m_name;
    QLineEdit *m_caption;
    QLineEdit *m_credit;
    QLineEdit *m_alt;
    QLabel *m_noAlt;
    QCheckBox *m_lead;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
    bool m_hasThumbnail = false;
};

// The story's photos under the form, a row each in the order of the article's `media`.
// Every change is an undoable edit of the article (ArticleDocument::Media) on its one undo
// stack, and is saved with the rest; undo and redo come back through fieldChanged. Thumbnails
// are decoded off the GUI thread (PhotoLibrary) and kept by hash, so reordering or undo never
// decodes a photo twice. Image files dropped on the strip are offered through filesDropped().
class PhotoStrip : public QFrame
{
    Q_OBJECT

public:
    explicit PhotoStrip(PhotoLibrary *library, QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);

    int rowCount() const { return int(m_rows.size()); }
    PhotoRow *row(int index) const { return m_rows.value(index); }
    QPushButton *addButton() const { return m_add; }

    // The size thumbnails are decoded at.
    static QSize thumbnailSize() { return {128, 96}; }

signals:
    void addRequested();
    void filesDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void sync();
    PhotoRow *makeRow();
    void requestThumbnail(const QString &sha256);
    void edit(
        const QList<Copydesk::Photo> &media, const QString &undoText, const QString &mergeKey = {});
    void editPhoto(const QString &id, const QString &undoText, const QString &mergeKey,
        const std::function<void(Copydesk::Photo &)> &change);
    // By value: the id is the row's, and the row goes when the list changes.
    void move(const QString id, int by);
    void remove(const QString id);

    PhotoLibrary *m_library;
    QPointer<ArticleDocument> m_document;
    QLabel *m_title;
    QLabel *m_empty;
    QPushButton *m_add;
    QVBoxLayout *m_rowsLayout;
    QList<PhotoRow *> m_rows;
    QHash<QString, QPixmap> m_thumbnails; // by SHA-256
    QSet<QString> m_decoding;
};

// The local files among dropped or pasted URLs.
QStringList localFiles(const class QMimeData *mime);
