// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "store/sqldialect.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

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

void CommandLine::parse(QCommandLineParser &parser, int minPositional, int maxPositional,
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
        throw HelpShown{};
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

QString CommandLine::readTextFile(const QString &path, qint64 maxBytes)
{
    QFile file;
    if (path == u"-") {
        if (!file.open(stdin, QIODevice::ReadOnly))
            throw UserError{QStringLiteral("cannot read standard input")};
    } else {
        file.setFileName(path);
        const QFileInfo info(path);
        if (!info.exists())
            throw UserError{QStringLiteral("%1: no such file").arg(path)};
        if (info.isDir())
            throw UserError{QStringLiteral("%1 is a folder, not a file").arg(path)};
        if (!file.open(QIODevice::ReadOnly))
            throw UserError{QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    }
    // Read one byte past the limit to tell "exactly at the limit" from "over it".
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        throw UserError{QStringLiteral("%1 is larger than %2 MB, more than an article can hold; "
                                       "nothing was saved")
                                .arg(path)
                                .arg(maxBytes / (1024 * 1024))};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        // Find the first bad byte so the reporter can look at it.
        qsizetype offset = 0;
        QStringDecoder probe(QStringDecoder::Utf8);
        for (; offset < bytes.size(); offset += 4096) {
            QString chunk = probe(bytes.mid(offset, 4096));
            if (probe.hasError())
                break;
        }
        throw UserError{QStringLiteral("%1 is not valid UTF-8 text (bad bytes near byte %2); "
                                       "convert it first or use copydesk import")
                                .arg(path)
                                .arg(offset)};
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}
