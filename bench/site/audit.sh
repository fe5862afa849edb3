#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bench/site/audit.sh — the acceptance check of "The site a reader, a search
# engine and a screen reader meet".
#
# It builds a store (the demo newsroom plus generated stories in Simplified and
# Traditional Chinese and English, with a Markdown table, links of every scheme,
# headings, lists and a blockquote; per_page=5 so that pagination appears),
# publishes it with the copydesk under test, serves the folder with
# `python3 -m http.server` on 127.0.0.1 (not `copydesk serve`, which injects a
# live-reload script into every page), and reports:
#   1. Nu HTML Checker (vnu.jar): errors and warnings over every HTML file,
#      each distinct message with its count and an example page;
#   2. Lighthouse: accessibility, SEO, best-practices and performance scores
#      for the front page, a section, a tag, an author, a Chinese and an
#      English article, the search page (?q=) and the archive, with every
#      audit that is not passed;
#   3. axe-core (run in Chromium through puppeteer-core) violations by rule
#      on the same pages;
#   4. feedparser on every feed (feed.xml, atom.xml, section feeds): bozo,
#      entries, language;
# and a summary table at the end.
#
# Run:   bench/site/audit.sh [--strict] [--keep]
#   --strict  exit 1 if a target is missed: 0 validator errors and warnings,
#             Lighthouse 100 in all four categories, 0 axe violations, every
#             feed parses without bozo. Without it the script exits 0 when it ran.
#   --keep    keep the work folder (store, site, raw reports) and print its path.
# Environment:
#   COPYDESK     the binary under test (default: build/bin/copydesk of this
#                checkout, else copydesk on PATH)
#   AUDIT_TOOLS  where the npm tools are installed
#                (default: $HOME/.cache/copydesk-audit)
#   AUDIT_PORT   port for the site (default: a free one)
#   CHROME_PATH  the browser (default: /usr/bin/chromium; never downloaded)
#
# Tools are installed when missing: npm lighthouse, axe-core, puppeteer-core,
# vnu-jar into AUDIT_TOOLS; Debian default-jre-headless (if java is missing)
# and python3-feedparser through apt-get when run as root.

set -euo pipefail

strict=0
keep=0
for arg in "$@"; do
    case "$arg" in
    --strict) strict=1 ;;
    --keep) keep=1 ;;
    -h | --help)
        sed -n '3,41p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "audit.sh: unknown option $arg (see --help)" >&2
        exit 2
        ;;
    esac
done

here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../.." && pwd)
tools=${AUDIT_TOOLS:-$HOME/.cache/copydesk-audit}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
export PUPPETEER_SKIP_DOWNLOAD=1
export PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1

say() { printf '\n=== %s ===\n' "$*"; }
die() {
    echo "audit.sh: $*" >&2
    exit 2
}

# --- 1. tools ---------------------------------------------------------------

if [[ -z "${COPYDESK:-}" ]]; then
    if [[ -x "$checkout/build/bin/copydesk" ]]; then
        COPYDESK="$checkout/build/bin/copydesk"
    else
        COPYDESK=$(command -v copydesk || true)
    fi
fi
[[ -n "$COPYDESK" && -x "$COPYDESK" ]] || die "no copydesk binary (set COPYDESK)"
[[ -x "$CHROME_PATH" ]] || die "no browser at $CHROME_PATH (apt-get install chromium); the audit never downloads one"

apt_install() {
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "installing Debian $* ..."
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 ||
            { apt-get update -q >/dev/null 2>&1 &&
                DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null; }
    else
        die "missing Debian $*; install it (apt-get install $*) or run as root"
    fi
}

command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
command -v java >/dev/null || apt_install default-jre-headless

# feedparser: Debian's package lands in the system python, which need not be
# the python3 first on PATH (pyenv, venvs).
feedpy=""
for py in python3 /usr/bin/python3; do
    if "$py" -c 'import feedparser' 2>/dev/null; then
        feedpy=$py
        break
    fi
done
if [[ -z "$feedpy" ]]; then
    apt_install python3-feedparser
    /usr/bin/python3 -c 'import feedparser' || die "python3-feedparser did not install"
    feedpy=/usr/bin/python3
fi

mkdir -p "$tools"
need=()
for pkg in lighthouse axe-core puppeteer-core vnu-jar; do
    [[ -f "$tools/node_modules/$pkg/package.json" ]] || need+=("$pkg")
done
if ((${#need[@]})); then
    echo "installing npm ${need[*]} into $tools ..."
    [[ -f "$tools/package.json" ]] || echo '{"name":"copydesk-audit","private":true}' >"$tools/package.json"
    (cd "$tools" && npm install --no-audit --no-fund --loglevel=error "${need[@]}") >&2
fi
vnu_jar="$tools/node_modules/vnu-jar/build/dist/vnu.jar"
lighthouse="$tools/node_modules/.bin/lighthouse"
[[ -f "$vnu_jar" && -x "$lighthouse" ]] || die "npm tools incomplete in $tools"
export NODE_PATH="$tools/node_modules"

version_of() { node -p "require('$tools/node_modules/$1/package.json').version"; }

# --- 2. store, site, server -------------------------------------------------

work=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-audit.XXXXXX")
server_pid=""
cleanup() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
    if ((keep)); then echo "work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

port=${AUDIT_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
base="http://127.0.0.1:$port/"
store="$work/store.db"
site="$work/site"
cd_() { "$COPYDESK" --store "$store" "$@"; }

say "Setup"
echo "date:        $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "copydesk:    $COPYDESK ($("$COPYDESK" --version 2>&1 | head -1))"
echo "chromium:    $("$CHROME_PATH" --version 2>/dev/null | head -1)"
echo "java:        $(java -version 2>&1 | head -1)"
echo "lighthouse $(version_of lighthouse), axe-core $(version_of axe-core), puppeteer-core $(version_of puppeteer-core), vnu-jar $(version_of vnu-jar), feedparser $("$feedpy" -c 'import feedparser; print(feedparser.__version__)')"
echo "work folder: $work"

cd_ demo >/dev/null 2>&1
if "$COPYDESK" site --help >/dev/null 2>&1; then
    cd_ site set per_page=5 title="Copydesk News" >/dev/null
fi

# story LANGUAGE SECTION HEADLINE DECK TAGS-JSON BYLINES-JSON < BODY
story() {
    local body="$work/body.md" out id
    cat >"$body"
    out=$(cd_ new --headline "$3" --language "$1" --section "$2" --body-file "$body" \
        --set deck="$4" --set tags="$5" --set bylines="$6" --json)
    id=$(printf '%s' "$out" | sed -n 's/^ *"id": "\([^"]*\)".*/\1/p' | head -1)
    [[ -n "$id" ]] || die "could not create story '$3'"
    cd_ edit "$id" --set status=published >/dev/null 2>&1 ||
        cd_ edit "$id" --set status=published --force --reason "site audit fixture" >/dev/null
}

story en Local "City council approves new tram timetable" \
    "Trams every six minutes at peak hours from January" \
    '["transport","council"]' '[{"name":"Maria Santos","role":"City reporter"}]' <<'EOF'
The city council on Tuesday approved a new tram timetable that brings peak-hour
service to one tram every six minutes.

## What changes

| Line | Stops | Peak interval | Off-peak interval |
|:-----|------:|:-------------:|------------------:|
| 1    |    24 |     6 min     |            10 min |
| 2    |    18 |     8 min     |            12 min |
| 3    |    31 |     6 min     |            15 min |

1. New timetables are posted at every stop.
2. Night trams keep their current hours.
3. Weekend service is unchanged.

> "Six minutes is the interval at which people stop looking at the timetable,"
> said the transport committee chair.

### Where to read more

- The full timetable is on the [operator's site](https://example.com/timetable).
- The council's [older archive](http://example.org/council/minutes) has the minutes.
- Questions go to [the newsroom](mailto:news@example.com) or by phone on [+1 555 0100](tel:+15550100).
- See also [the archive of this site](../../archive/).
EOF

story en Business "Harbour warehouse rents rise for a third quarter" \
    "Logistics firms look inland as space runs short" \
    '["business","harbour"]' '[{"name":"Daniel Okafor","role":"Business editor"}]' <<'EOF'
Warehouse rents near the harbour rose for a third consecutive quarter, according
to figures released on Monday.

## The numbers

| Quarter | Rent per m² | Vacancy |
|:--------|------------:|--------:|
| Q1      |       12.40 |    4.1% |
| Q2      |       12.95 |    3.6% |
| Q3      |       13.60 |    2.9% |

- Small firms are hit hardest.
- Two new depots are planned inland.

> "We are out of room," one operator said.

Details are in the [port authority report](https://example.com/port/report.pdf).
EOF

story en Sports "Qinghe rowing club wins regional title" \
    "Coxless four takes gold by half a length" \
    '["rowing","transport"]' '[{"name":"Maria Santos","role":"City reporter"}]' <<'EOF'
The Qinghe rowing club won the regional title on Sunday.

## Results

1. Qinghe RC — 6:02.4
2. Harbour BC — 6:03.9
3. Riverside — 6:10.1

Photos are on the [club's page](https://example.org/rowing).
EOF

story en Local "Library extends weekend opening hours" \
    "Branches stay open until 8 pm on Saturdays" \
    '["libraries","council"]' '[{"name":"Jane Doe","role":"Reporter"}]' <<'EOF'
All city library branches will stay open until 8 pm on Saturdays from next month.

#### Branches

- Central
- Riverside
- North Gate

Call [the central branch](tel:+15550199) or write to [the library](mailto:library@example.com).
EOF

story zh-Hans 本地 "清河新区开通三条夜间公交线路" \
    "末班车延至凌晨一点，覆盖五个社区" \
    '["交通","夜间经济"]' '[{"name":"周晓岚","role":"融媒体记者"}]' <<'EOF'
12月1日起，清河新区开通三条夜间公交线路，末班车延至凌晨一点。

## 线路一览

| 线路 | 站数 | 首班 | 末班 |
|:-----|-----:|:----:|-----:|
| 夜1路 |   18 | 22:00 | 01:00 |
| 夜2路 |   22 | 22:10 | 01:00 |
| 夜3路 |   15 | 22:20 | 00:40 |

- 票价统一为两元
- 可使用交通卡和手机支付

> “下夜班终于不用打车了。”一位在新区工作的护士说。

### 查询方式

1. 访问[公交集团网站](https://example.com/bus)查询实时到站
2. 旧版时刻表见[档案页面](http://example.org/bus/old)
3. 热线：[96000](tel:96000)；邮箱：[bus@example.com](mailto:bus@example.com)
4. 另见本站[归档](../../archive/)
EOF

story zh-Hans 经济 "本市前三季度外贸进出口同比增长百分之八" \
    "机电产品出口占比过半" \
    '["外贸","新能源"]' '[{"name":"陈明","role":"记者"}]' <<'EOF'
据海关统计，本市前三季度外贸进出口总值同比增长8%。

## 主要数据

| 类别 | 金额（亿元） | 同比 |
|:-----|-------------:|-----:|
| 出口 |          612 |  +9% |
| 进口 |          388 |  +6% |

> 机电产品出口占出口总值的52%。

详见[海关网站](https://example.com/customs)。
EOF

story zh-Hans 体育 "市民长跑节完赛人数创新高" \
    "一万二千名跑者完成比赛" \
    '["长跑","阅读"]' '[{"name":"王立","role":"通讯员"}]' <<'EOF'
第十届市民长跑节周日举行，一万二千名跑者完成比赛。

### 成绩

1. 男子组：李强，2小时21分
2. 女子组：张敏，2小时38分

- 赛道沿河设置
- 全程设有十个补给站
EOF

story zh-Hant 文化 "老城區戲院修復後重新開幕" \
    "百年戲院保留原有木結構" \
    '["老城","非遺"]' '[{"name":"林雅婷","role":"文化記者"}]' <<'EOF'
老城區百年戲院經過兩年修復，週六重新開幕。

## 修復重點

| 項目 | 工期 | 經費（萬元） |
|:-----|-----:|-------------:|
| 屋頂 | 8個月 |          320 |
| 舞台 | 6個月 |          180 |

- 保留原有木結構
- 新增無障礙通道

> 「我們希望年輕人也能走進戲院。」館長說。

購票請至[戲院網站](https://example.com/theatre)，或來電[2345 6789](tel:+85223456789)，電郵[box@example.com](mailto:box@example.com)。舊照片見[舊網站](http://example.org/theatre)及本站[歸檔](../../archive/)。
EOF

story zh-Hant 本地 "社區長者食堂增設晚餐服務" \
    "每餐十元，週一至週五供應" \
    '["社区","老城"]' '[{"name":"林雅婷","role":"文化記者"}]' <<'EOF'
柳岸社區長者食堂自下月起增設晚餐服務。

1. 每餐十元
2. 週一至週五供應
3. 需提前一天登記

> 「晚上不用自己做飯了。」一位長者說。
EOF

say "Publish"
"$COPYDESK" --store "$store" publish --out "$site" --base-url "$base" 2>/dev/null | tail -1
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >"$work/http.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do
    curl -fs -o /dev/null "$base" 2>/dev/null && break
    sleep 0.2
done
curl -fs -o /dev/null "$base" || die "the site did not come up at $base"
echo "site:        $base (python3 -m http.server, pid $server_pid)"
echo "HTML files:  $(find "$site" -name '*.html' | wc -l)"
echo "pagination:  $(grep -rl 'rel="next"' "$site" --include='*.html' | wc -l) page(s) with rel=next"

# Pages to audit, found in the published folder.
first_dir() { find "$site/$1" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort | head -1; }
article_in() { grep -l "<html lang=\"$1" "$site"/news/*/index.html 2>/dev/null | sort | head -1; }
rel() { local p=${1#"$site"/}; p=${p%index.html}; printf '%s' "$p"; }
declare -a names=() urls=()
add_page() { [[ -n "$2" ]] && { names+=("$1"); urls+=("$base$2"); } || echo "warning: no $1 page found"; }
names+=(front)
urls+=("$base")
add_page section "$(rel "$(first_dir section)/")"
add_page tag "$(rel "$(first_dir tag)/")"
add_page author "$(rel "$(first_dir author)/")"
zh=$(article_in zh-Hans)
add_page article-zh "$([[ -n "$zh" ]] && rel "$zh")"
en=$(article_in en)
add_page article-en "$([[ -n "$en" ]] && rel "$en")"
[[ -f "$site/search/index.html" ]] && add_page search "search/?q=bridge" || echo "warning: no search page"
[[ -f "$site/archive/index.html" ]] && add_page archive "archive/" || echo "warning: no archive page"
echo "pages:"
for i in "${!names[@]}"; do printf '  %-11s %s\n' "${names[$i]}" "$(python3 -c 'import sys,urllib.parse as u; print(u.unquote(sys.argv[1]))' "${urls[$i]}")"; done

# --- 3. Nu HTML Checker -----------------------------------------------------

say "Nu HTML Checker (vnu.jar $(version_of vnu-jar)) over $(find "$site" -name '*.html' | wc -l) HTML files"
# Checked over HTTP, as a reader gets them: checked as file: URLs, the pages'
# absolute links to http://127.0.0.1 break their own CSP "'self'". vnu refuses
# loopback hosts unless told.
find "$site" -name '*.html' | sort | python3 -c '
import sys, urllib.parse
site, base = sys.argv[1], sys.argv[2]
for p in sys.stdin.read().split("\n"):
    if p:
        print(base + urllib.parse.quote(p[len(site) + 1:]))' "$site" "$base" >"$work/html-urls.txt"
xargs -d '\n' java -Dnu.validator.servlet.allow-forbidden-hosts=true -jar "$vnu_jar" --format json --stdout --exit-zero-always <"$work/html-urls.txt" >"$work/vnu.json" 2>"$work/vnu.err" || true
read -r vnu_errors vnu_warnings < <(node - "$work/vnu.json" "$site" <<'EOF'
const fs = require('fs');
const [file, site] = process.argv.slice(2);
const msgs = JSON.parse(fs.readFileSync(file, 'utf8') || '{"messages":[]}').messages;
const kind = m => m.type === 'error' || m.type === 'non-document-error' ? 'error'
                : m.subType === 'warning' ? 'warning' : 'info';
const groups = new Map();
let e = 0, w = 0;
for (const m of msgs) {
  const k = kind(m);
  if (k === 'error') e++; else if (k === 'warning') w++;
  const page = decodeURIComponent((m.url || '').replace(/^https?:\/\/[^/]+\//, '')) || '/';
  const key = k + '\t' + m.message;
  if (!groups.has(key)) groups.set(key, { k, msg: m.message, n: 0, pages: new Set(), extract: m.extract });
  const g = groups.get(key); g.n++; g.pages.add(page);
}
const out = [...groups.values()].sort((a, b) => a.k.localeCompare(b.k) || b.n - a.n);
console.error(`errors: ${e}   warnings: ${w}   info: ${msgs.length - e - w}`);
for (const g of out) {
  const pages = [...g.pages];
  console.error(`  [${g.k}] x${g.n} on ${pages.length} file(s): ${g.msg}`);
  console.error(`      e.g. ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ', …' : ''}`);
  if (g.extract) console.error(`      extract: ${JSON.stringify(g.extract.trim().slice(0, 160))}`);
}
console.log(e, w);
EOF
) || true
[[ -s "$work/vnu.err" ]] && sed 's/^/  vnu: /' "$work/vnu.err" | head -5

# --- 4. Lighthouse ------------------------------------------------------------

say "Lighthouse $(version_of lighthouse) (default mobile profile, simulated throttling)"
declare -A lh=()
for i in "${!names[@]}"; do
    n=${names[$i]}
    "$lighthouse" "${urls[$i]}" --quiet --output=json --output-path="$work/lh-$n.json" \
        --only-categories=accessibility,seo,best-practices,performance \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>"$work/lh-$n.err" ||
        echo "  $n: lighthouse failed: $(tail -1 "$work/lh-$n.err")"
    if [[ -s "$work/lh-$n.json" ]]; then
        lh[$n]=$(node - "$work/lh-$n.json" "$n" <<'EOF'
const r = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const page = process.argv[3];
const cats = ['accessibility', 'seo', 'best-practices', 'performance'];
const s = c => r.categories[c] && r.categories[c].score != null ? Math.round(r.categories[c].score * 100) : 'n/a';
console.error(`  ${page.padEnd(11)} a11y ${s('accessibility')}  seo ${s('seo')}  best-practices ${s('best-practices')}  performance ${s('performance')}`);
if (r.runtimeError) console.error(`      runtime error: ${r.runtimeError.message}`);
for (const c of cats) {
  const cat = r.categories[c]; if (!cat) continue;
  for (const ref of cat.auditRefs) {
    const a = r.audits[ref.id];
    if (!a || a.score === null || a.scoreDisplayMode === 'notApplicable' ||
        a.scoreDisplayMode === 'informative' || a.scoreDisplayMode === 'manual') continue;
    // Performance: the weighted metrics below 1 always; the opportunities and
    // insights (weight 0) only when they cost the page its 100.
    const perfNote = ref.weight > 0 || cat.score < 1;
    if (a.score < 1 && (c !== 'performance' || perfNote)) {
      const v = a.displayValue ? ` (${a.displayValue})` : '';
      console.error(`      ${c} / ${a.id}: ${a.title}${v} [score ${Math.round(a.score * 100)}]`);
    }
  }
}
console.log(cats.map(s).join(' '));
EOF
        ) || lh[$n]="n/a n/a n/a n/a"
    else
        lh[$n]="n/a n/a n/a n/a"
    fi
done

# --- 5. axe-core --------------------------------------------------------------

say "axe-core $(version_of axe-core) in Chromium (puppeteer-core $(version_of puppeteer-core))"
for i in "${!names[@]}"; do printf '%s\t%s\n' "${names[$i]}" "${urls[$i]}"; done >"$work/pages.tsv"
cat >"$work/axe.js" <<'EOF'
const fs = require('fs');
const puppeteer = require('puppeteer-core');
const axeSource = require('axe-core').source;
const pages = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map(l => l.split('\t'));
(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.argv[3], headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  let total = 0;
  const byRule = new Map();
  const perPage = [];
  for (const [name, url] of pages) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 30000 });
    await page.evaluate(axeSource);
    const res = await page.evaluate(() => axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }));
    perPage.push([name, res.violations.length]);
    total += res.violations.length;
    for (const v of res.violations) {
      if (!byRule.has(v.id)) byRule.set(v.id, { v, pages: [] });
      byRule.get(v.id).pages.push(`${name} (${v.nodes.length} node${v.nodes.length > 1 ? 's' : ''}: ${v.nodes[0].target.join(' ')})`);
    }
    await page.close();
  }
  await browser.close();
  for (const [name, n] of perPage) console.error(`  ${name.padEnd(11)} ${n} violation(s)`);
  for (const [id, { v, pages }] of [...byRule].sort()) {
    console.error(`  [${v.impact}] ${id}: ${v.help}`);
    for (const p of pages) console.error(`      on ${p}`);
  }
  console.log(total);
})().catch(e => { console.error('  axe run failed: ' + e.message); console.log('n/a'); });
EOF
axe_total=$(node "$work/axe.js" "$work/pages.tsv" "$CHROME_PATH") || axe_total=n/a

# --- 6. feedparser ------------------------------------------------------------

say "feedparser $("$feedpy" -c 'import feedparser; print(feedparser.__version__)') on every feed"
find "$site" \( -name 'feed.xml' -o -name 'atom.xml' \) | sort >"$work/feeds.txt"
"$feedpy" - "$site" "$base" "$work/feeds.txt" >"$work/feeds.out" <<'EOF' || true
import sys, feedparser, urllib.parse
site, base, listing = sys.argv[1:4]
n = bad = 0
for path in open(listing, encoding='utf-8').read().split('\n'):
    if not path:
        continue
    rel = path[len(site) + 1:]
    d = feedparser.parse(base + urllib.parse.quote(rel))
    n += 1
    bad += bool(d.bozo)
    lang = d.feed.get('language') or '-'
    why = f"  ({type(d.bozo_exception).__name__}: {d.bozo_exception})" if d.bozo else ''
    print(f"  {rel:32} {d.version or '?':8} bozo={int(bool(d.bozo))} entries={len(d.entries):3} language={lang}{why}")
    missing = [i for i, e in enumerate(d.entries) if not e.get('link') or not e.get('title')]
    if missing:
        print(f"      entries without link or title: {missing}")
print(n, bad)
EOF
sed '$d' "$work/feeds.out"
read -r feeds feeds_bozo < <(tail -1 "$work/feeds.out") || true

# --- 7. summary -----------------------------------------------------------------

missed=0
row() { # LABEL MEASURED TARGET MET(0|1)
    local result=ok
    if [[ "$4" != 1 ]]; then
        result=MISSED
        missed=1
    fi
    printf '%-42s %-18s %-8s %s\n' "$1" "$2" "$3" "$result"
}
met() { if "$@"; then echo 1; else echo 0; fi; }
say "Summary"
printf '%-42s %-18s %-8s %s\n' "check" "measured" "target" "result"
row "Nu HTML Checker errors" "$vnu_errors" 0 "$(met test "$vnu_errors" = 0)"
row "Nu HTML Checker warnings" "$vnu_warnings" 0 "$(met test "$vnu_warnings" = 0)"
for n in "${names[@]}"; do
    read -r a s b p <<<"${lh[$n]:-n/a n/a n/a n/a}"
    row "Lighthouse $n (a11y/seo/bp/perf)" "$a/$s/$b/$p" "100 x4" "$(met test "$a $s $b $p" = "100 100 100 100")"
done
row "axe-core violations (${#names[@]} pages)" "$axe_total" 0 "$(met test "$axe_total" = 0)"
row "feeds parsed with bozo" "$feeds_bozo of $feeds" 0 "$(met test "$feeds_bozo" = 0 -a "$feeds" -gt 0)"
if ((missed)); then echo "targets: some MISSED"; else echo "targets: all met"; fi

if ((strict && missed)); then exit 1; fi
exit 0
