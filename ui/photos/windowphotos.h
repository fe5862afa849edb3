// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class MainWindow;
class PhotoDesk;

// Gives the window the story's photos: the strip under the form (caption, credit, alt text,
// lead photo, order), Story → Add Photo…, image files dropped on the strip or the body and
// images pasted into the body, and the preview's pictures made from the store's originals.
// Returns the desk that adds photos (owned by the window).
PhotoDesk *attachPhotos(MainWindow *window);
