// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/articlechanges.h"

#include "editor/articleform.h"
#include "history/revertdialog.h"

QString bylinesText(const QList<Byline> &bylines)
{
    QStringList parts;
    for (const Byline &byline : bylines) {
        QStringList details;
        for (const QString &detail : {byline.role, byline.affiliation}) {
            if (!detail.isEmpty())
                details << detail;
        }
        parts << (details.isEmpty()
                ? byline.name
                : QStringLiteral("%1 (%2)").arg(byline.name, details.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

QString datelineText(const Dateline &dateline)
{
    QStringList parts;
    for (const QString &part : {dateline.place, dateline.date, dateline.source}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

QList<FieldChange> changedFields(const Article &before, const Article &after)
{
    const auto target = [](int length) { return length > 0 ? QString::number(length) : QString(); };
    // Named in Revert…'s context, where they were first translated.
    const FieldChange fields[] = {
        {RevertDialog::tr("Headline"), before.headline, after.headline},
        {RevertDialog::tr("Deck"), before.deck, after.deck},
        {RevertDialog::tr("Bylines"), bylinesText(before.bylines), bylinesText(after.bylines)},
        {RevertDialog::tr("Dateline"), datelineText(before.dateline), datelineText(after.dateline)},
        {RevertDialog::tr("Section"), before.section, after.section},
        {RevertDialog::tr("Tags"), before.tags.join(QStringLiteral(", ")),
            after.tags.join(QStringLiteral(", "))},
        {RevertDialog::tr("Status"), ArticleForm::statusLabel(before.status),
            ArticleForm::statusLabel(after.status)},
        {RevertDialog::tr("Language"), before.language, after.language},
        {RevertDialog::tr("Target length"), target(before.targetLength),
            target(after.targetLength)},
        {RevertDialog::tr("Editor"), before.editor, after.editor},
        {RevertDialog::tr("Sign-off"), before.signoff, after.signoff},
        {RevertDialog::tr("Notes"), before.notes, after.notes},
    };
    QList<FieldChange> changed;
    for (const FieldChange &field : fields) {
        if (field.before != field.after)
            changed.append(field);
    }
    return changed;
}
