// SPDX-License-Identifier: GPL-3.0-or-later
#include "textencoding.h"

#include "copycleanup.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

#include <memory>

namespace {

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter openStrict(const char *encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    Converter converter(ucnv_open(encoding, &status));
    if (U_FAILURE(status))
        return nullptr;
    // Stop at the first byte sequence that is not in the encoding, rather than substituting.
    ucnv_setToUCallBack(
        converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    return U_SUCCESS(status) ? std::move(converter) : nullptr;
}

std::optional<QString> decodeStrict(const QByteArray &bytes, const char *encoding)
{
    Converter converter = openStrict(encoding);
    if (!converter)
        return std::nullopt;
    QString text(bytes.size() + 1, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()),
        int32_t(text.size()), bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    text.truncate(length);
    return text;
}

// How Chinese a decoding looks: common Han characters count for it, rare ones and symbols
// against. A wrong guess between GB18030 and Big5 gives rare characters and odd symbols.
int chineseScore(const QString &text)
{
    // The most frequent characters of news copy, in both scripts.
    static const QString common = QStringLiteral(
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"
        "下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量"
        "都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各"
        "重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代"
        "想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接"
        "知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北"
        "造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打"
        "白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今"
        "集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近"
        "矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写"
        "存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听"
        "该铁价严這個們來時對說過會學後國發經動現進當於從還麼開關為機點種體長記與問實將應話間報電義"
        "頭見無車場東區務聽訊圖館讀書區專開業務際");
    int score = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (common.contains(c))
            score += 3;
        else if (CopyCleanup::isHan(u))
            score += 1;
        else if (u >= 0xE000 && u <= 0xF8FF) // private use: a sure sign of the wrong table
            score -= 10;
        else if (u > 0x7F && !CopyCleanup::isChineseContext(u))
            score -= 2;
    }
    return score;
}

// Whether a decoding reads as Chinese at all: a fair share of its Han characters are common
// ones. Latin-1 or Windows-1252 text decoded as GB18030 gives rare characters only.
bool readsAsChinese(const QString &text)
{
    int han = 0;
    int common = 0;
    for (QChar c : text) {
        if (CopyCleanup::isHan(c.unicode())) {
            ++han;
            common += chineseScore(QString(c)) == 3 ? 1 : 0;
        } else if (c.unicode() >= 0xE000 && c.unicode() <= 0xF8FF) {
            return false;
        }
    }
    return common > 0 && common * 5 >= han;
}

bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f')
            ++controls;
    }
    return controls > 0 && controls * 100 > text.size(); // more than 1% control characters
}

QString detectedByIcu(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status))
        return {};
    ucsdet_setText(
        detector, bytes.constData(), int32_t(qMin<qsizetype>(bytes.size(), 1 << 20)), &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    QString name;
    if (U_SUCCESS(status) && match)
        name = QString::fromLatin1(ucsdet_getName(match, &status));
    ucsdet_close(detector);
    return name;
}

} // namespace

std::optional<DecodedText> decodeText(const QByteArray &bytes, QString *problem)
{
    auto fail = [&](const QString &why) -> std::optional<DecodedText> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    auto checked = [&](QString text, const QString &encoding) -> std::optional<DecodedText> {
        if (looksBinary(text))
            return fail(QStringLiteral("is a binary file, not text"));
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
        return DecodedText {text, encoding};
    };

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(bytes.mid(3));
        if (decoder.hasError())
            return fail(
                QStringLiteral("starts with a UTF-8 byte-order mark but is not valid UTF-8"));
        return checked(text, QStringLiteral("UTF-8"));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
            QStringDecoder::Flag::Stateless);
        QString text = decoder(bytes.mid(2));
        if (decoder.hasError() || bytes.size() % 2 != 0)
            return fail(
                QStringLiteral("starts with a UTF-16 byte-order mark but is not valid UTF-16"));
        return checked(text, little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
    }
    if (bytes.contains('\0'))
        return fail(QStringLiteral("is a binary file, not text (it holds NUL bytes)"));

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8(bytes);
    if (!utf8.hasError())
        return checked(asUtf8, QStringLiteral("UTF-8"));

    // Not UTF-8: the two legacy Chinese encodings, whichever decodes cleanly and reads more
    // like Chinese. ICU's detector breaks ties (it knows the byte statistics of each).
    const std::optional<QString> gb = decodeStrict(bytes, "GB18030");
    const std::optional<QString> big5 = decodeStrict(bytes, "Big5");
    const bool gbReads = gb && readsAsChinese(*gb);
    const bool big5Reads = big5 && readsAsChinese(*big5);
    if (gbReads && big5Reads) {
        const int gbScore = chineseScore(*gb);
        const int big5Score = chineseScore(*big5);
        if (gbScore == big5Score && detectedByIcu(bytes) == u"Big5")
            return checked(*big5, QStringLiteral("Big5"));
        return gbScore >= big5Score ? checked(*gb, QStringLiteral("GB18030"))
                                    : checked(*big5, QStringLiteral("Big5"));
    }
    if (gbReads)
        return checked(*gb, QStringLiteral("GB18030"));
    if (big5Reads)
        return checked(*big5, QStringLiteral("Big5"));
    return fail(QStringLiteral("is not valid UTF-8, and not Chinese text in GB18030/GBK or Big5 "
                               "either; save it as UTF-8 and import it again"));
}

QByteArray encodeText(const QString &text, const char *encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    Converter converter(ucnv_open(encoding, &status));
    if (U_FAILURE(status))
        return {};
    QByteArray bytes(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t length = ucnv_fromUChars(converter.get(), bytes.data(), int32_t(bytes.size()),
        reinterpret_cast<const UChar *>(text.constData()), int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return {};
    bytes.truncate(length);
    return bytes;
}
