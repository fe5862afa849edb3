// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk`: with a command, the headless command line; without one, the editor.
//
// The command line links Qt Core and SQL only, so that a script's `copydesk show` or
// `copydesk publish` starts in milliseconds rather than loading the widget and web engine
// libraries (about 110 of them, ~0.1 s before main()). The editor is its own program,
// copydesk-editor, which this one becomes (exec, same arguments) when given no command.
#include "cli/cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

// Beside this program (the build tree), else in the libexec folder of the prefix it is
// installed in.
QString editorProgram()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {here + QStringLiteral("/copydesk-editor"),
             QDir::cleanPath(here + QStringLiteral("/" COPYDESK_EDITOR_FROM_BINDIR))}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const QCoreApplication app(argc, argv);
    if (Cli::wantsCommand(arguments))
        return Cli::run(arguments);

    const QString editor = editorProgram();
    if (editor.isEmpty()) {
        std::fprintf(stderr,
            "copydesk: the editor is not installed (no copydesk-editor beside %s)\n",
            qPrintable(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())));
        return 2;
    }
    const QByteArray program = QFile::encodeName(editor);
    execv(program.constData(), argv);
    std::fprintf(stderr, "copydesk: cannot start the editor %s: %s\n", program.constData(),
        std::strerror(errno));
    return 2;
}
