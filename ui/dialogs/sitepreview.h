// SPDX-License-Identifier: GPL-3.0-or-later
// View → Open Site Preview: the store's site served on 127.0.0.1 from a working folder and
// kept live (LiveSite, what `copydesk serve` runs), opened in the reporter's browser. The
// page there reloads itself after every save, the editor's or anyone's on the same store.
#pragma once

class MainWindow;

void attachSitePreview(MainWindow *window);
