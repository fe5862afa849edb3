// SPDX-License-Identifier: GPL-3.0-or-later
// Client-side search over the site's search index: plain substring matching, so that
// two-character Chinese words (which have no spaces around them) are found as readily as English
// words. search/index.json lists the index's monthly parts, newest first; they are fetched
// together and searched in that order.
(function () {
  "use strict";
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var input = document.getElementById("search-query");
  if (!results || !input) return;
  var indexUrl = results.getAttribute("data-index");
  var foldUrl = results.getAttribute("data-fold");
  var entries = null;
  // Traditional characters read as Simplified (search/fold.json, OpenCC's t2s a character at a
  // time), in the index and in the query alike: 茶馆 finds 茶館, and 茶館 finds 茶馆.
  var simplified = null;
  var han = /[\u3400-\u9fff\uf900-\ufaff]/g;

  function fold(text) {
    var folded = (text || "").normalize("NFKC").toLowerCase();
    if (!simplified) return folded;
    return folded.replace(han, function (c) { return simplified[c] || c; });
  }

  function haystack(e) {
    return fold([e.headline, e.deck, e.bylines, e.section, e.date, e.lede].join("\n"));
  }

  function search(query) {
    var terms = fold(query).split(/\s+/).filter(function (t) { return t.length > 0; });
    if (terms.length === 0) return [];
    var hits = [];
    entries.forEach(function (e) {
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        if (e.text.indexOf(terms[i]) < 0) return;
        if (e.foldedHeadline.indexOf(terms[i]) >= 0) score += 10;
        score += 1;
      }
      hits.push({ entry: e, score: score });
    });
    hits.sort(function (a, b) {
      return b.score - a.score || (b.entry.date < a.entry.date ? -1 : b.entry.date > a.entry.date ? 1 : 0);
    });
    return hits;
  }

  function show(query) {
    while (results.firstChild) results.removeChild(results.firstChild);
    if (!query) { status.textContent = ""; return; }
    var hits = search(query);
    var label = results.getAttribute(hits.length === 1 ? "data-result" : "data-results");
    status.textContent = hits.length ? hits.length + " " + label
                                     : results.getAttribute("data-no-results");
    hits.slice(0, 100).forEach(function (hit) {
      var e = hit.entry;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.url;
      a.textContent = e.headline;
      // A story in another language than the page's says so, as the site's lists do.
      var other = e.lang && e.lang.toLowerCase() !== document.documentElement.lang.toLowerCase();
      if (other) a.lang = e.lang;
      li.appendChild(a);
      var time = document.createElement("time");
      time.textContent = [e.date, e.section, e.bylines].filter(Boolean).join(" · ");
      li.appendChild(time);
      if (e.deck || e.lede) {
        var p = document.createElement("p");
        p.className = "deck";
        if (other) p.lang = e.lang;
        p.textContent = e.deck || e.lede;
        li.appendChild(p);
      }
      results.appendChild(li);
    });
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  function load(url, done)
  {
      var request = new XMLHttpRequest();
      request.open("GET", url);
      request.responseType = "json";
      request.onload = function() { done(request.status < 400 ? request.response : null); };
      request.onerror = function() { done(null); };
      request.send();
  }

  function loadFolding(done)
  {
      if (!foldUrl) {
          done();
          return;
      }
      // Without it the search still works, in the script the query is typed in.
      load(foldUrl, function(table) {
          if (table && typeof table.from === "string" && typeof table.to === "string"
              && table.from.length === table.to.length) {
              simplified = {};
              for (var i = 0; i < table.from.length; i++)
                  simplified[table.from.charAt(i)] = table.to.charAt(i);
          }
          done();
      });
  }

  // The folding table and the index come at the same time; the search waits for both.
  var foldingLoaded = false;
  var whenFolded = null;
  loadFolding(function() {
      foldingLoaded = true;
      if (whenFolded) whenFolded();
  });
  load(indexUrl, function(index) {
      var parts = index && Array.isArray(index.parts) ? index.parts : null;
      if (!parts) {
          status.textContent = "?";
          return;
      }
      var loaded = new Array(parts.length);
      var waiting = parts.length;
      var failed = false;
      function finish()
      {
          if (!foldingLoaded) {
              whenFolded = finish;
              return;
          }
          if (failed) {
              status.textContent = "?";
              return;
          }
          entries = [];
          loaded.forEach(function(part) {
              part.forEach(function(e) {
                  e.text = haystack(e);
                  e.foldedHeadline = fold(e.headline);
                  entries.push(e);
              });
          });
          show(new URLSearchParams(window.location.search).get("q") || "");
      }
      if (waiting === 0) {
          finish();
          return;
      }
      parts.forEach(function(name, i) {
          load(new URL(name, new URL(indexUrl, window.location.href)).href, function(part) {
              if (Array.isArray(part))
                  loaded[i] = part;
              else
                  failed = true;
              if (--waiting === 0)
                  finish();
          });
      });
  });
  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var q = input.value.trim();
    history.replaceState(null, "", "?q=" + encodeURIComponent(q));
    if (entries) show(q);
  });
})();
