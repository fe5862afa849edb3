// SPDX-License-Identifier: GPL-3.0-or-later
// The pane's side of the preview, run in Qt WebEngine's isolated ApplicationWorld: the page's
// own JavaScript is disabled, and nothing the content contains can see or call this code.
// The C++ side passes every rendered page as a JSON string literal, never as script source.
"use strict";

var copydeskPreview = (function () {
    // Print preview: stylesheets' media lists rewritten so print rules apply on screen.
    var printMedia = false;
    var savedMedia = []; // [{list, text}] to restore when leaving print preview
    var bodySelector = "";

    function syncAttributes(target, source) {
        for (var i = target.attributes.length - 1; i >= 0; --i) {
            var name = target.attributes[i].name;
            if (!source.hasAttribute(name))
                target.removeAttribute(name);
        }
        for (var j = 0; j < source.attributes.length; ++j) {
            var attribute = source.attributes[j];
            if (target.getAttribute(attribute.name) !== attribute.value)
                target.setAttribute(attribute.name, attribute.value);
        }
    }

    // Makes target's children equal to source's while keeping the nodes that did not change,
    // so images stay decoded, the layout does not jump and the scroll position holds.
    // Nodes come from a DOMParser document: its <script> elements are marked as already
    // started and are never run, wherever they are inserted.
    function syncChildren(target, source) {
        var i = 0;
        for (var from = source.firstChild; from; from = from.nextSibling, ++i) {
            var to = target.childNodes[i];
            if (to && to.isEqualNode(from))
                continue;
            if (to && to.nodeType === Node.ELEMENT_NODE && from.nodeType === Node.ELEMENT_NODE
                    && to.nodeName === from.nodeName && to.nodeName !== "SCRIPT") {
                syncAttributes(to, from);
                syncChildren(to, from);
                continue;
            }
            var copy = document.importNode(from, true);
            if (to)
                target.replaceChild(copy, to);
            else
                target.appendChild(copy);
        }
        while (target.childNodes.length > i)
            target.removeChild(target.lastChild);
    }

    function forEachMediaList(callback) {
        for (var s = 0; s < document.styleSheets.length; ++s) {
            var sheet = document.styleSheets[s];
            callback(sheet.media);
            var rules;
            try {
                rules = sheet.cssRules;
            } catch (e) {
                continue; // a sheet we may not read; its own media list is handled above
            }
            var stack = Array.prototype.slice.call(rules);
            while (stack.length) {
                var rule = stack.pop();
                if (rule.media)
                    callback(rule.media);
                if (rule.cssRules)
                    Array.prototype.push.apply(stack, Array.prototype.slice.call(rule.cssRules));
            }
        }
    }

    // Emulates print media: "print" queries match, "screen" ones do not.
    function applyPrintMedia() {
        restoreMedia();
        if (!printMedia)
            return;
        forEachMediaList(function (list) {
            var text = list.mediaText;
            if (!text)
                return;
            var changed = text.replace(/\bprint\b/g, "__copydesk_print__")
                              .replace(/\bscreen\b/g, "print")
                              .replace(/__copydesk_print__/g, "screen");
            if (changed !== text) {
                savedMedia.push({ list: list, text: text });
                list.mediaText = changed;
            }
        });
    }

    function restoreMedia() {
        for (var i = savedMedia.length - 1; i >= 0; --i) {
            try {
                savedMedia[i].list.mediaText = savedMedia[i].text;
            } catch (e) {
                // the sheet is gone with a swapped head
            }
        }
        savedMedia = [];
    }

    function bodyBlocks() {
        var selectors = bodySelector ? [bodySelector] : [];
        // The renderer's article body: one child per top-level Markdown block
        // (render/markdown.h, topLevelBlockLines()).
        selectors.push("#copydesk-article .article-body", ".article-body", "article");
        for (var i = 0; i < selectors.length; ++i) {
            var container = document.querySelector(selectors[i]);
            if (container)
                return container.children;
        }
        return document.body ? document.body.children : [];
    }

    return {
        // Shows a rendered page (the whole HTML document) in place of the current one.
        show: function (html) {
            var parsed = new DOMParser().parseFromString(html, "text/html");
            var x = window.scrollX, y = window.scrollY;
            restoreMedia(); // compare and swap against the page's own media text
            syncAttributes(document.documentElement, parsed.documentElement);
            syncChildren(document.documentElement, parsed.documentElement);
            applyPrintMedia();
            window.scrollTo(x, y);
            return true;
        },
        setPrintMedia: function (on) {
            printMedia = on;
            applyPrintMedia();
            return true;
        },
        setBodySelector: function (selector) {
            bodySelector = selector;
            return true;
        },
        // Scrolls so that the index-th top-level block of the article body is in view. The
        // editor asks on every caret move: a block already in view stays where it is, so the
        // preview does not jump while the reporter types; the first block shows the page top.
        revealBlock: function (index) {
            var blocks = bodyBlocks();
            if (!blocks.length)
                return false;
            var block = blocks[Math.max(0, Math.min(index, blocks.length - 1))];
            var rect = block.getBoundingClientRect();
            var height = window.innerHeight;
            if (rect.top >= 0 && rect.top < height * 0.75)
                return true;
            var top = rect.top + window.scrollY;
            if (index <= 0)
                top = 0;
            else
                top = Math.max(0, top - height / 4); // some context above, as editors keep
            window.scrollTo(window.scrollX, top);
            return true;
        },
        // Scrolls so that the index-th top-level block is at the top, as the editor shows its
        // source at the top of the body: the preview follows the body's scrolling. The first
        // block shows the page top (headline and byline).
        alignBlock: function (index) {
            var blocks = bodyBlocks();
            if (!blocks.length)
                return false;
            if (index <= 0) {
                window.scrollTo(window.scrollX, 0);
                return true;
            }
            var block = blocks[Math.min(index, blocks.length - 1)];
            var top = block.getBoundingClientRect().top + window.scrollY;
            window.scrollTo(window.scrollX, Math.max(0, top - 8));
            return true;
        },
    };
})();
