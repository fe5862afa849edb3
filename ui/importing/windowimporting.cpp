// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/windowimporting.h"

#include "editor/articledocument.h"
#include "editor/bodyeditor.h"
#include "importing/importer.h"
#include "importing/importfiles.h"
#include "mainwindow.h"
#include "script/chinesescript.h"
#include "store/articlestore.h"

#include <QAction>
#include <QMenu>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <stdexcept>

namespace {

void report(MainWindow *window, const QStringList &warnings)
{
    if (!warnings.isEmpty())
        window->statusBar()->showMessage(warnings.join(QStringLiteral("; ")), 15000);
}

// The body's selection, or the whole body, cleaned up in place: one undoable edit.
void cleanUpBody(MainWindow *window)
{
    BodyEditor *body = window->bodyEditor();
    QTextCursor cursor = body->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::Document);
    const QString before = cursor.selection().toPlainText();
    QStringList warnings;
    const QString after = Importer::cleanUpPastedText(before, &warnings);
    if (after == before) {
        window->statusBar()->showMessage(QObject::tr("Nothing to clean up."), 5000);
        return;
    }
    cursor.beginEditBlock();
    cursor.insertText(after);
    cursor.endEditBlock();
    report(window, warnings);
}

// `undoText` names the step in Edit → Undo; `taiwanPhrases`: Taiwan vocabulary (s2twp).
void convertArticle(
    MainWindow *window, const QString &to, const QString &undoText, bool taiwanPhrases = false)
{
    ArticleDocument *document = window->document();
    if (!document)
        return;
    const Article article = document->article();
    QString from = article.language;
    if (!isChineseLanguage(from)) // untagged copy: what the text says
        from = ChineseScript::detectLanguage(article.headline + u'\n' + article.body);
    const auto config = ChineseScript::configFor(from, to, taiwanPhrases);
    if (!config) {
        window->statusBar()->showMessage(from == to
                ? QObject::tr("The article is already in that script.")
                : QObject::tr("Only Chinese copy can be converted."),
            8000);
        return;
    }
    try {
        const Article converted = ChineseScript::convertArticle(article, *config, to);
        document->replaceContent(converted, undoText);
    } catch (const std::runtime_error &error) {
        window->statusBar()->showMessage(QString::fromStdString(error.what()), 15000);
    }
}

} // namespace

void attachImporting(MainWindow *window)
{
    attachFileImport(window);
    BodyEditor *body = window->bodyEditor();
    body->setPasteCleanup([window](const QString &text) {
        QStringList warnings;
        const QString cleaned = Importer::cleanUpPastedText(text, &warnings);
        report(window, warnings);
        return cleaned;
    });
    body->setRichPasteCleanup([window](const QString &html) {
        QStringList warnings;
        const QString markdown = Importer::pastedHtmlToMarkdown(html, &warnings);
        report(window, warnings);
        return markdown;
    });

    QMenu *edit = window->editMenu();
    edit->addSeparator();
    auto *cleanUp = edit->addAction(QObject::tr("Clean &Up Pasted Text"));
    cleanUp->setObjectName(QStringLiteral("cleanUpPastedTextAction"));
    cleanUp->setStatusTip(QObject::tr("Removes converter pinyin such as 領(lǐng) and makes ASCII "
                                      "punctuation between Chinese characters full-width, in the "
                                      "selection or the whole body."));
    QObject::connect(cleanUp, &QAction::triggered, window, [window] { cleanUpBody(window); });

    // The same conversions as `copydesk convert --to`, each one undoable step.
    struct Conversion
    {
        const char *objectName;
        QString text;
        QString to;
        bool taiwanPhrases;
    };
    const Conversion conversions[] = {
        {"convertToSimplifiedAction", QObject::tr("Convert to &Simplified Chinese"),
            QStringLiteral("zh-Hans"), false},
        {"convertToTraditionalAction", QObject::tr("Convert to &Traditional Chinese"),
            QStringLiteral("zh-Hant"), false},
        {"convertToTaiwanAction", QObject::tr("Convert to Traditional Chinese (T&aiwan)"),
            QStringLiteral("zh-TW"), false},
        {"convertToTaiwanPhrasesAction",
            QObject::tr("Convert to Traditional Chinese (Taiwan, with Taiwan &vocabulary)"),
            QStringLiteral("zh-TW"), true},
        {"convertToHongKongAction", QObject::tr("Convert to Traditional Chinese (&Hong Kong)"),
            QStringLiteral("zh-HK"), false},
    };
    for (const Conversion &conversion : conversions) {
        QAction *action = edit->addAction(conversion.text);
        action->setObjectName(QLatin1StringView(conversion.objectName));
        // The menu text without its mnemonic, "(&S)" in Chinese, "&" in English.
        static const QRegularExpression mnemonic(QStringLiteral("\\(&\\w\\)|&(?=\\w)"));
        const QString undoText = QString(conversion.text).remove(mnemonic);
        QObject::connect(action, &QAction::triggered, window, [window, conversion, undoText] {
            convertArticle(window, conversion.to, undoText, conversion.taiwanPhrases);
        });
    }
}
