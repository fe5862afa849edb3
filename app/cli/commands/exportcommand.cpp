// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk export ID... --format text|ninjs|nitf|newsml|icml [--out FILE|DIR] [--encoding E]`:
// stories for the print desk and for partners (issue 17).
#include "cli/commands/commands.h"

#include "cli/commandline.h"
#include "importing/textencoding.h"
#include "render/exports.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

int runExport(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
        QStringLiteral("text (for the print desk), ninjs, nitf, newsml or icml (InCopy, for "
                       "InDesign)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("Write to FILE (one story) or into DIR, one SLUG.EXT a story; without "
                       "it, standard output (one story)."),
        QStringLiteral("FILE|DIR"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
        QStringLiteral("With text: utf-8 (the default) or gb18030, for older pagination "
                       "systems."),
        QStringLiteral("E"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        QStringLiteral("Where the site is, for the story's and its photos' addresses in the "
                       "IPTC formats (without it: urn:copydesk: names)."),
        QStringLiteral("URL"));
    parser.addOptions({format, out, encoding, baseUrl});
    parser.setApplicationDescription(QStringLiteral(
        "Writes stories for the print desk (text: headline, deck, the news header or dateline "
        "and bylines in the house style, paragraphs, reporter and editor lines, captions, the "
        "length), for InDesign (icml: InCopy's format, a named paragraph style for each part) "
        "or for partners in IPTC formats (ninjs 2 JSON, NITF 3.6, NewsML-G2)."));
    if (!cli.parse(parser, 1, -1, QStringLiteral("ID...")))
        return ExitOk;
    const QString kind = parser.value(format);
    const QStringList kinds = {QStringLiteral("text"), QStringLiteral("ninjs"),
        QStringLiteral("nitf"), QStringLiteral("newsml"), QStringLiteral("icml")};
    if (!kinds.contains(kind))
        throw UserError {
            QStringLiteral("--format is text, ninjs, nitf, newsml or icml%1")
                .arg(kind.isEmpty() ? QString() : QStringLiteral(", not \"%1\"").arg(kind))};
    const QString wanted =
        parser.isSet(encoding) ? parser.value(encoding).toLower() : QStringLiteral("utf-8");
    if (wanted != u"utf-8" && wanted != u"gb18030")
        throw UserError {QStringLiteral("--encoding is utf-8 or gb18030, not \"%1\"")
                             .arg(parser.value(encoding))};
    if (wanted != u"utf-8" && kind != u"text")
        throw UserError {QStringLiteral("--encoding goes with --format text: the IPTC formats "
                                        "are UTF-8")};
    const QStringList ids = parser.positionalArguments();
    const QString target = parser.value(out);
    const bool intoFolder = !target.isEmpty() && (ids.size() > 1 || QFileInfo(target).isDir());
    if (ids.size() > 1 && target.isEmpty())
        throw UserError {QStringLiteral("several stories go into a folder: give --out DIR")};

    // Every story is read before anything is written: a wrong id writes nothing.
    QList<Article> articles;
    for (const QString &id : ids)
        articles << cli.store().get(id);
    Exports::Site site;
    site.baseUrl = parser.value(baseUrl);
    const QString extension = kind == u"text" ? QStringLiteral("txt")
        : kind == u"ninjs"                    ? QStringLiteral("json")
        : kind == u"icml"                     ? QStringLiteral("icml")
                                              : QStringLiteral("xml");
    if (intoFolder && !QDir().mkpath(target))
        throw UserError {QStringLiteral("cannot make the folder %1").arg(target)};
    for (const Article &article : std::as_const(articles)) {
        QByteArray bytes;
        if (kind == u"text") {
            const QString text = Exports::printText(article);
            bytes = wanted == u"gb18030" ? encodeText(text, "GB18030") : text.toUtf8();
        } else if (kind == u"ninjs") {
            bytes = QJsonDocument(Exports::ninjs(article, site)).toJson(QJsonDocument::Indented);
        } else if (kind == u"nitf") {
            bytes = Exports::nitf(article, site);
        } else if (kind == u"icml") {
            bytes = Exports::icml(article, site);
        } else {
            bytes = Exports::newsml(article, site);
        }
        if (target.isEmpty()) {
            cli.out().flush();
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly)
                || stdoutFile.write(bytes) != bytes.size())
                throw UserError {QStringLiteral("cannot write to standard output")};
            continue;
        }
        const QString path =
            intoFolder ? QDir(target).filePath(article.slug + u'.' + extension) : target;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            throw UserError {QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
        if (intoFolder)
            cli.out() << path << '\n';
    }
    cli.out().flush();
    return ExitOk;
}
