// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QWidget>

// The right-hand pane: the article as the published page will show it.
// (Placeholder until the renderer lands: shows nothing but a label.)
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPane(QWidget *parent = nullptr);

public slots:
    // Shows `article`; called on every edit. Must return at once (renders off the GUI thread).
    void showArticle(const Article &article);
    // Scrolls the preview to the block rendered from this body line (editor → preview sync).
    void revealSourceLine(int line);
};
