// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text a reporter's fields may hold: the renderer's and the feeds' tests run all of it.
#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace TestSupport {

// Row name and payload.
inline std::vector<std::pair<const char *, QString>> xssPayloads()
{
    const auto S = [](const char *text) { return QString::fromUtf8(text); };
    return {
        {"script tag", S("<script>alert(1)</script>")},
        {"img onerror", S("<img src=x onerror=alert(1)>")},
        {"svg onload", S("<svg onload=alert(1)>")},
        {"quote break double", S("\" onmouseover=\"alert(1)")},
        {"quote break single", S("' onfocus='alert(1)' autofocus '")},
        {"close script", S("</script><script>alert(1)</script>")},
        {"comment", S("<!--<script>alert(1)</script>-->")},
        {"javascript url", S("javascript:alert(1)")},
        {"line separators", S("a\u2028b\u2029c</script>")},
        {"markdown js link",
            S("[click](javascript:alert(1)) [x](data:text/html,<script>alert(1)</script>)")},
        {"markdown obfuscated",
            S("[a](java&#x09;script:alert(1)) [b](&#x6a;avascript:alert(1)) "
              "<vbscript:msgbox(1)>")},
        {"markdown images",
            S("![a](javascript:alert(1)) ![b](data:image/svg+xml,<svg onload=alert(1)>) "
              "![c](jav&#x61;script:alert(1)) ![d](JaVaScRiPt&colon;alert(1))")},
        {"entity scheme", S("[a](jav&#x61;script:alert(1)) [b](javascript&#58;alert(1))")},
        {"html block",
            S("<div onclick=\"alert(1)\">x</div>\n\n<iframe "
              "src=\"javascript:alert(1)\"></iframe>")},
        // Harmless text on the page ("<img …>" shown as written), markup once decoded.
        {"escaped markup",
            S("&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(1)&lt;/script&gt;")},
        {"escaped link", S("&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;")},
    };
}

} // namespace TestSupport
