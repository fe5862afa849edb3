// SPDX-License-Identifier: GPL-3.0-or-later
// One executable: with a command it is the headless command line, without one the editor.
#include "about/aboutdialog.h"
#include "cli/cli.h"
#include "editorapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Cli::wantsCommand(arguments)) {
        // No QApplication: the command line never needs a display.
        QCoreApplication app(argc, argv);
        return Cli::run(arguments);
    }
    // Wayland compositors and docks match the window to the installed desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(COPYDESK_APP_ID));
    QApplication app(argc, argv);
    app.setWindowIcon(applicationIcon());
    return runEditor(app, Cli::globalOptions(arguments));
}
