// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that attach photos to an article and change what it says about them.
#include "cli/commandline.h"
#include "cli/commands/commands.h"

#include "media/photo.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace {

// The photo file, read whole once it is known not to be too large to be a photo.
QByteArray readPhotoFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw UserError {QStringLiteral("%1: no such file").arg(path)};
    if (info.isDir())
        throw UserError {QStringLiteral("%1: is a folder, not a photo").arg(path)};
    if (info.size() > Copydesk::kMaxPhotoBytes)
        throw UserError {QStringLiteral("%1: %2 MB is over %3 MB")
                             .arg(path)
                             .arg((info.size() + 1024 * 1024 - 1) / (1024 * 1024))
                             .arg(Copydesk::kMaxPhotoBytes / (1024 * 1024))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UserError {QStringLiteral("%1: %2").arg(path, file.errorString())};
    return file.read(Copydesk::kMaxPhotoBytes + 1);
}

void makeLead(QList<Copydesk::Photo> &media, const QString &id)
{
    for (Copydesk::Photo &photo : media)
        photo.lead = photo.id == id;
}

void printPhotoLine(QTextStream &out, const Copydesk::Photo &photo)
{
    out << photo.id << "  " << (photo.lead ? "lead " : "     ") << "  "
        << QStringLiteral("%1×%2").arg(photo.width).arg(photo.height) << "  " << photo.filename;
    if (!photo.caption.isEmpty())
        out << "  " << photo.caption;
    if (!photo.credit.isEmpty())
        out << "  (" << photo.credit << ')';
    if (photo.alt.isEmpty())
        out << "  [no alt text]";
    out << '\n';
}

} // namespace

int runAttach(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption caption(
        QStringLiteral("caption"), QStringLiteral("The caption."), QStringLiteral("TEXT"));
    const QCommandLineOption credit(QStringLiteral("credit"),
        QStringLiteral("The photographer (\"张三\", \"Jane Doe/AP\")."), QStringLiteral("TEXT"));
    const QCommandLineOption alt(QStringLiteral("alt"),
        QStringLiteral("What a screen reader says instead of the picture."),
        QStringLiteral("TEXT"));
    const QCommandLineOption lead(
        QStringLiteral("lead"), QStringLiteral("Make it the lead photo, under the headline."));
    const QCommandLineOption expect = CommandLine::expectRevisionOption();
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print the photo as JSON."));
    parser.addOptions({caption, credit, alt, lead, expect, json});
    parser.setApplicationDescription(QStringLiteral(
        "Attaches a JPEG, PNG, WebP or GIF photo to an article (a new revision) and prints its "
        "id; the body shows it with ![alt](media:ID). An empty caption or credit is taken from "
        "the photo's IPTC/XMP data. The original is kept in the store, once however many "
        "articles show it."));
    if (!cli.parse(parser, 2, 2, QStringLiteral("ID FILE")))
        return ExitOk;

    const QString path = parser.positionalArguments().at(1);
    const QByteArray bytes = readPhotoFile(path);
    const QString name = QFileInfo(path).fileName();
    const Copydesk::PhotoFile checked = Copydesk::inspectPhoto(bytes, path);

    ArticleStore &store = cli.store();
    Article article = store.get(parser.positionalArguments().first());
    CommandLine::applyExpectedRevision(parser, article);
    Copydesk::Photo photo;
    photo.id = Copydesk::Photo::newId(article.media);
    photo.sha256 = checked.sha256;
    photo.filename = name;
    photo.mime = checked.mime;
    photo.width = checked.width;
    photo.height = checked.height;
    photo.bytes = checked.bytes;
    photo.caption = parser.isSet(caption) ? parser.value(caption).trimmed() : checked.caption;
    photo.credit = parser.isSet(credit) ? parser.value(credit).trimmed() : checked.credit;
    photo.alt = parser.isSet(alt) ? parser.value(alt).trimmed() : checked.alt;
    article.media.append(photo);
    if (parser.isSet(lead))
        makeLead(article.media, photo.id);
    if (QString error = Copydesk::validateMedia(article.media); !error.isEmpty())
        throw UserError {error};

    // The original and the revision that shows it land together, or neither does.
    store.batch([&] {
        store.addPhoto(
            {checked.sha256, checked.mime, checked.width, checked.height, checked.bytes}, bytes);
        article = store.save(article);
    });
    if (parser.isSet(json))
        cli.printJson(photo.toJson());
    else
        cli.out() << photo.id << Qt::endl;
    return ExitOk;
}

int runMedia(CommandLine &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption set(QStringLiteral("set"),
        QStringLiteral("caption=TEXT, credit=TEXT or alt=TEXT."), QStringLiteral("FIELD=VALUE"));
    const QCommandLineOption lead(
        QStringLiteral("lead"), QStringLiteral("Make it the lead photo."));
    const QCommandLineOption noLead(
        QStringLiteral("no-lead"), QStringLiteral("It is no longer the lead photo."));
    const QCommandLineOption remove(
        QStringLiteral("remove"), QStringLiteral("Take the photo off the article."));
    const QCommandLineOption expect = CommandLine::expectRevisionOption();
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral("Print the article's photos as JSON (after the change, if any)."));
    parser.addOptions({set, lead, noLead, remove, expect, json});
    parser.setApplicationDescription(QStringLiteral(
        "Lists an article's photos, or changes one: its caption, credit or alt text, whether it "
        "is the lead photo, or whether the article shows it at all. Each change is a new "
        "revision."));
    if (!cli.parse(parser, 1, 2, QStringLiteral("ID [PHOTO]")))
        return ExitOk;

    ArticleStore &store = cli.store();
    Article article = store.get(parser.positionalArguments().first());
    const bool changes =
        parser.isSet(set) || parser.isSet(lead) || parser.isSet(noLead) || parser.isSet(remove);
    if (parser.positionalArguments().size() == 1) {
        if (changes)
            throw UserError {QStringLiteral("name the photo to change: media ID PHOTO …")};
    } else {
        const QString id = parser.positionalArguments().at(1);
        const qsizetype index = std::find_if(article.media.cbegin(), article.media.cend(),
                                    [&](const Copydesk::Photo &p) { return p.id == id; })
            - article.media.cbegin();
        if (index == article.media.size())
            throw UserError {QStringLiteral("%1 has no photo \"%2\" (copydesk media %1 lists them)")
                                 .arg(parser.positionalArguments().first(), id)};
        if (!changes)
            throw UserError {QStringLiteral(
                "nothing to change: give --set FIELD=VALUE, --lead, --no-lead or --remove")};
        if (parser.isSet(lead) && (parser.isSet(noLead) || parser.isSet(remove)))
            throw UserError {QStringLiteral("--lead cannot go with --no-lead or --remove")};
        CommandLine::applyExpectedRevision(parser, article);
        Copydesk::Photo &photo = article.media[index];
        for (const QString &assignment : parser.values(set)) {
            const qsizetype equals = assignment.indexOf(u'=');
            const QString field = assignment.left(equals).trimmed();
            const QString value = assignment.mid(equals + 1).trimmed();
            if (equals <= 0)
                throw UserError {
                    QStringLiteral("--set takes FIELD=VALUE, not \"%1\"").arg(assignment)};
            if (field == u"caption")
                photo.caption = value;
            else if (field == u"credit")
                photo.credit = value;
            else if (field == u"alt")
                photo.alt = value;
            else
                throw UserError {QStringLiteral("a photo's fields are caption, credit and alt, "
                                                "not \"%1\"")
                                     .arg(field)};
        }
        if (parser.isSet(lead))
            makeLead(article.media, id);
        if (parser.isSet(noLead))
            photo.lead = false;
        if (parser.isSet(remove)) {
            article.media.removeAt(index);
            if (article.body.contains(QStringLiteral("(media:") + id + u')'))
                cli.err() << "copydesk media: the body still shows media:" << id
                          << "; it is left out of the page until it is removed from the body"
                          << Qt::endl;
        }
        if (QString error = Copydesk::validateMedia(article.media); !error.isEmpty())
            throw UserError {error};
        article = store.save(article);
        if (!parser.isSet(json))
            cli.out() << article.id << " revision " << article.revision << Qt::endl;
    }
    if (parser.isSet(json)) {
        cli.printJson(Copydesk::mediaToJson(article.media));
    } else if (!changes) {
        for (const Copydesk::Photo &photo : std::as_const(article.media))
            printPhotoLine(cli.out(), photo);
        cli.out().flush();
    }
    return ExitOk;
}
