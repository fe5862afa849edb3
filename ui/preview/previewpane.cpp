// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include <QLabel>
#include <QVBoxLayout>

PreviewPane::PreviewPane(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Preview"), this);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    layout->addWidget(label);
}

void PreviewPane::showArticle(const Article &) { }

void PreviewPane::revealSourceLine(int) { }
