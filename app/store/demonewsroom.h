// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class ArticleStore;

// Fills an empty store with a small newsroom written for the demo: Chinese (Simplified and
// Traditional) and English stories in several sections, some published. Returns how many
// articles were added: 0 when the store already holds articles (nothing is touched).
int loadDemoNewsroom(ArticleStore &store);
