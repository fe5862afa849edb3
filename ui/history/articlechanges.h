// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QList>
#include <QString>

// One field that differs between two versions of an article, as the reporter reads it.
struct FieldChange
{
    QString name; // "Bylines", in the UI language
    QString before;
    QString after;
};

// Every field but the body that differs from `before` to `after`, in the order of the form:
// headline, deck, bylines, dateline, section, tags, status, language, target length, editor,
// sign-off, notes. Revert… and the history's Compare show the same list.
QList<FieldChange> changedFields(const Article &before, const Article &after);

// "Jane Doe (Staff Writer, AP); 王小明": the bylines on one line.
QString bylinesText(const QList<Byline> &bylines);
// "淮安 · 12月3日 · 新华社"
QString datelineText(const Dateline &dateline);
