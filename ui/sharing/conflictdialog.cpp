// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharing/conflictdialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace {

// A field's value as one line of text: strings as they are, lists and objects as JSON.
QString shown(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

QStringList ConflictDialog::otherDifferences(const Article &mine, const Article &theirs)
{
    // The fields beside the headline and body, named as the form names them.
    const std::pair<QString, QString> fields[] = {
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("deck"), tr("Deck")},
        {QStringLiteral("bylines"), tr("Bylines")},
        {QStringLiteral("dateline"), tr("Dateline")},
        {QStringLiteral("section"), tr("Section")},
        {QStringLiteral("tags"), tr("Tags")},
        {QStringLiteral("language"), tr("Language")},
        {QStringLiteral("editor"), tr("Editor")},
        {QStringLiteral("signoff"), tr("Sign-off")},
        {QStringLiteral("notes"), tr("Notes")},
        {QStringLiteral("target_length"), tr("Target length")},
        {QStringLiteral("slug"), tr("Slug")},
    };
    const QJsonObject a = mine.fieldsToJson();
    const QJsonObject b = theirs.fieldsToJson();
    QStringList lines;
    for (const auto &[key, label] : fields) {
        if (a.value(key) != b.value(key))
            lines << tr("%1 — yours: %2; theirs: %3")
                         .arg(label, shown(a.value(key)), shown(b.value(key)));
    }
    return lines;
}

ConflictDialog::ConflictDialog(const Article &mine, const Article &theirs, QWidget *parent)
    : QDialog(parent), m_mineArticle(mine), m_theirs(theirs)
{
    setWindowTitle(tr("Someone else saved this article"));
    auto *explanation = new QLabel(
        tr("%1 was saved by someone else while you were editing it (their revision %2). Nothing "
           "has been overwritten. Keep your version, take theirs, or edit yours on the left "
           "into a merge.")
            .arg(theirs.headline.toHtmlEscaped())
            .arg(theirs.revision),
        this);
    explanation->setWordWrap(true);

    m_headline = new QLineEdit(mine.headline, this);
    m_mine = new QPlainTextEdit(mine.body, this);
    auto *theirHeadline = new QLineEdit(theirs.headline, this);
    theirHeadline->setReadOnly(true);
    auto *theirBody = new QPlainTextEdit(theirs.body, this);
    theirBody->setReadOnly(true);
    m_headline->setAccessibleName(tr("Your headline"));
    m_mine->setAccessibleName(tr("Your body"));
    m_mine->setAccessibleDescription(tr("Edit here to merge the two versions"));
    theirHeadline->setAccessibleName(tr("Their headline"));
    theirBody->setAccessibleName(tr("Their body"));

    // Keep Mine writes every field of yours: say what else that would undo (a publication, a kill).
    const QStringList others = otherDifferences(mine, theirs);
    auto *otherFields = new QLabel(this);
    otherFields->setObjectName(QStringLiteral("otherDifferences"));
    otherFields->setTextFormat(Qt::PlainText);
    otherFields->setWordWrap(true);
    otherFields->setText(tr("Other fields that differ (Keep Mine and the merge keep yours):")
        + u'\n' + others.join(u'\n'));
    otherFields->setVisible(!others.isEmpty());
    if (mine.status != theirs.status)
        otherFields->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    QPushButton *take = buttons->addButton(tr("Take Theirs"), QDialogButtonBox::AcceptRole);
    QPushButton *merge =
        buttons->addButton(tr("Save Merged Version"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMine"));
    take->setObjectName(QStringLiteral("takeTheirs"));
    merge->setObjectName(QStringLiteral("saveMerged"));
    connect(keep, &QPushButton::clicked, this, [this] { finish(KeepMine); });
    connect(take, &QPushButton::clicked, this, [this] { finish(TakeTheirs); });
    connect(merge, &QPushButton::clicked, this, [this] { finish(Merge); });

    auto *layout = new QGridLayout(this);
    layout->addWidget(explanation, 0, 0, 1, 2);
    layout->addWidget(new QLabel(tr("Your version (edit here to merge)"), this), 1, 0);
    layout->addWidget(
        new QLabel(tr("Their version (revision %1)").arg(theirs.revision), this), 1, 1);
    layout->addWidget(m_headline, 2, 0);
    layout->addWidget(theirHeadline, 2, 1);
    layout->addWidget(m_mine, 3, 0);
    layout->addWidget(theirBody, 3, 1);
    layout->addWidget(otherFields, 4, 0, 1, 2);
    layout->addWidget(buttons, 5, 0, 1, 2);
    resize(900, 600);
}

void ConflictDialog::finish(Choice choice)
{
    m_choice = choice;
    accept();
}

Article ConflictDialog::result() const
{
    switch (m_choice) {
    case KeepMine:
        return m_mineArticle;
    case TakeTheirs:
        return m_theirs;
    case Merge:
        break;
    }
    Article merged = m_mineArticle;
    merged.headline = m_headline->text();
    merged.body = m_mine->toPlainText();
    return merged;
}
