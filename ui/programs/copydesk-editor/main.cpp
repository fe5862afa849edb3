// SPDX-License-Identifier: GPL-3.0-or-later
// `copydesk-editor`: the editor window. `copydesk` becomes this program when it is given no
// command; the arguments are the same (--store, files to open).
#include "about/aboutdialog.h"
#include "cli/cli.h"
#include "editorapp.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Wayland compositors and docks match the window to the installed desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(COPYDESK_APP_ID));
    QApplication app(argc, argv);
    app.setWindowIcon(applicationIcon());
    const Cli::GlobalOptions options = Cli::globalOptions(arguments);
    return runEditor(app, EditorOptions {options.store, options.demo});
}
