// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/languagehint.h"

#include "editor/articledocument.h"
#include "mainwindow.h"
#include "script/chinesescript.h"
#include "store/articlestore.h"

#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace {

QString languageName(const QString &language)
{
    if (language == u"zh-Hans")
        return QStringLiteral("中文（简体）");
    if (language == u"zh-Hant")
        return QStringLiteral("中文（繁體）");
    return QStringLiteral("English");
}

struct Offer
{
    QPointer<ArticleDocument> document; // a new story, language not yet chosen by hand
    QString suggested;
    bool applying = false;
};

} // namespace

QPushButton *attachLanguageHint(MainWindow *window)
{
    auto *button = new QPushButton(window);
    button->setObjectName(QStringLiteral("languageHint"));
    button->setFlat(true);
    button->hide();
    window->statusBar()->addWidget(button);
    auto offer = std::make_shared<Offer>();
    auto *check = new QTimer(button);
    check->setSingleShot(true);
    check->setInterval(400); // once the reporter pauses, not at every character

    QObject::connect(check, &QTimer::timeout, button, [button, offer] {
        ArticleDocument *document = offer->document;
        const QString headline = document ? document->article().headline.trimmed() : QString();
        const QString detected = headline.size() >= 2 ? ChineseScript::detectLanguage(headline)
            : document                                ? document->article().language
                                                      : QString();
        const QString current = document ? document->article().language : QString();
        if (!document || detected == current || (detected == u"en" && headline.size() < 8)) {
            button->hide();
            return;
        }
        offer->suggested = detected;
        button->setText(QObject::tr("The headline is in %1: make it the story's language")
                            .arg(languageName(detected)));
        button->show();
    });
    QObject::connect(button, &QPushButton::clicked, button, [button, offer] {
        if (!offer->document)
            return;
        offer->applying = true;
        offer->document->setValue(ArticleDocument::Language, offer->suggested);
        offer->applying = false;
        offer->document.clear(); // decided
        button->hide();
    });
    QObject::connect(window, &MainWindow::documentChanged, button,
        [button, offer, check](ArticleDocument *document) {
            button->hide();
            offer->document = document && document->revision() == 0 ? document : nullptr;
            if (!offer->document)
                return;
            QObject::connect(document, &ArticleDocument::fieldChanged, button,
                [offer, check, document](ArticleDocument::Field field) {
                    if (offer->document != document)
                        return;
                    if (field == ArticleDocument::Language && !offer->applying)
                        offer->document.clear(); // the reporter chose one themselves
                    check->start();
                });
        });
    return button;
}
