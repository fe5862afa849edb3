// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "model/articlefile.h"
#include "store/sqldialect.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

CommandLine::CommandLine(const QString &command, const QStringList &arguments,
    const QString &storeLocation, ArticleStore::OpenMode storeMode)
    : m_command(command),
      m_arguments(arguments),
      m_storeLocation(storeLocation),
      m_storeMode(storeMode),
      m_out(stdout),
      m_err(stderr)
{
}

ExitCode exitCodeOf(Copydesk::Error::Kind kind)
{
    switch (kind) {
    case Copydesk::Error::Input:
    case Copydesk::Error::NotFound:
    case Copydesk::Error::Invalid:
    case Copydesk::Error::Publish: // the output folder, its lock: what the user gave
    case Copydesk::Error::Cancelled:
        return ExitUserError;
    case Copydesk::Error::Conflict:
        return ExitConflict;
    case Copydesk::Error::Unavailable:
    case Copydesk::Error::Failed:
        return ExitStoreError;
    }
    return ExitStoreError;
}

bool CommandLine::parse(QCommandLineParser &parser, int minPositional, int maxPositional,
    const QString &positionalSyntax)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QStringLiteral("The article store: a file or a URL."),
                                         QStringLiteral("PATH|URL"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Describe this command."));
    parser.addOption(storeOption);
    parser.addOption(helpOption);
    if (!positionalSyntax.isEmpty())
        parser.addPositionalArgument(positionalSyntax, QString());

    if (!parser.parse(QStringList{QStringLiteral("copydesk")} + m_arguments))
        throw UserError{parser.errorText()};
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(QStringLiteral("copydesk [options]"),
                     QStringLiteral("copydesk %1 [options]").arg(m_command));
        m_out << help;
        m_out.flush();
        return false;
    }
    if (parser.isSet(storeOption))
        m_storeLocation = parser.value(storeOption);
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional)
        throw UserError{QStringLiteral("missing %1 (see copydesk %2 --help)")
                                .arg(positionalSyntax, m_command)};
    if (maxPositional >= 0 && count > maxPositional)
        throw UserError{QStringLiteral("unexpected argument \"%1\"")
                                .arg(parser.positionalArguments().at(maxPositional))};
    return true;
}

ArticleStore &CommandLine::store()
{
    if (!m_store) {
        m_store = ArticleStore::open(m_storeLocation, m_storeMode);
        if (m_store->isNew())
            m_err << "copydesk " << m_command << ": created a new store at "
                  << m_store->dialect().describe(m_store->location()) << Qt::endl;
    }
    return *m_store;
}

void CommandLine::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                              : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CommandLine::wholeNumber(
    const QCommandLineParser &parser, const QCommandLineOption &option, int minimum)
{
    const QString given = parser.value(option);
    bool ok = false;
    const int value = given.trimmed().toInt(&ok);
    if (!ok || value < minimum)
        throw UserError {QStringLiteral("--%1 takes a whole number of at least %2, not \"%3\"")
                             .arg(option.names().constLast())
                             .arg(minimum)
                             .arg(given)};
    return value;
}

QCommandLineOption CommandLine::expectRevisionOption()
{
    return QCommandLineOption(QStringLiteral("expect-revision"),
        QStringLiteral("Refuse (exit 3) unless the stored revision is N."), QStringLiteral("N"));
}

void CommandLine::applyExpectedRevision(const QCommandLineParser &parser, Article &article)
{
    if (!parser.isSet(QStringLiteral("expect-revision")))
        return;
    bool ok = false;
    const int expected = parser.value(QStringLiteral("expect-revision")).toInt(&ok);
    if (!ok)
        throw UserError {QStringLiteral("--expect-revision takes a revision number")};
    article.revision = expected;
}

QString CommandLine::readTextFile(const QString &path, qint64 maxBytes)
{
    QString error;
    const auto bytes = ArticleFile::readBytes(path, &error, maxBytes);
    if (!bytes)
        throw UserError {error};
    auto text = ArticleFile::decodeUtf8(*bytes, path, &error);
    if (!text)
        throw UserError {error + QStringLiteral("; convert it first or use copydesk import")};
    return *text;
}
