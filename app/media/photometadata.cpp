// SPDX-License-Identifier: GPL-3.0-or-later
// The words a photo carries for the desk: caption, credit and alt text from its IPTC, XMP and
// EXIF metadata.
#include "photometadata.h"

#include <QStringDecoder>
#include <QStringList>

#include <exiv2/exiv2.hpp>

#include <memory>
#include <mutex>

namespace Copydesk {

namespace {

// Exiv2's XMP toolkit is not thread-safe unless it is given a lock, and initialize() itself
// must run once before any thread parses XMP (xmp_exiv2.hpp).
std::mutex xmpToolkitLock;

void lockXmpToolkit(void *, bool lock)
{
    if (lock)
        xmpToolkitLock.lock();
    else
        xmpToolkitLock.unlock();
}

void initialiseExiv2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute); // bad metadata is ignored, not printed
        Exiv2::XmpParser::initialize(lockXmpToolkit, nullptr);
    });
}

// A camera's default "caption" says nothing about the picture.
bool isCameraBoilerplate(const QString &text)
{
    static const QStringList boilerplate = {QStringLiteral("OLYMPUS DIGITAL CAMERA"),
        QStringLiteral("SONY DSC"), QStringLiteral("DIGITAL CAMERA"),
        QStringLiteral("KONICA MINOLTA DIGITAL CAMERA"), QStringLiteral("SAMSUNG CAMERA PICTURES"),
        QStringLiteral("Exif_JPEG_PICTURE")};
    return boilerplate.contains(text, Qt::CaseInsensitive);
}

QString cleaned(QString text)
{
    text.remove(QChar(0)); // EXIF ASCII fields are often NUL-padded
    return text.trimmed();
}

// IPTC has no fixed encoding: UTF-8 when the envelope says so (ESC % G), and in practice often
// without saying so; Latin-1 otherwise.
QString decodeIptc(const std::string &raw, bool declaredUtf8)
{
    const QByteArray bytes = QByteArray::fromStdString(raw);
    if (declaredUtf8)
        return QString::fromUtf8(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

QString iptcText(const Exiv2::IptcData &iptc, const char *key, bool utf8)
{
    QStringList values;
    for (const Exiv2::Iptcdatum &datum : iptc) {
        if (datum.key() == key) {
            const QString value = cleaned(decodeIptc(datum.toString(), utf8));
            if (!value.isEmpty())
                values << value;
        }
    }
    return values.join(QStringLiteral(", "));
}

// Language alternatives (dc:description, AltTextAccessibility): x-default, else the first.
// Arrays (dc:creator): every item. Simple properties: the text.
QString xmpText(const Exiv2::XmpData &xmp, const char *key)
{
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    if (it == xmp.end())
        return {};
    if (it->typeId() == Exiv2::langAlt) {
        const auto &alternatives = static_cast<const Exiv2::LangAltValue &>(it->value()).value_;
        if (alternatives.empty())
            return {};
        const auto chosen = alternatives.find("x-default");
        const std::string &text =
            chosen != alternatives.end() ? chosen->second : alternatives.begin()->second;
        return cleaned(QString::fromStdString(text));
    }
    const Exiv2::TypeId type = it->typeId();
    if (type != Exiv2::xmpBag && type != Exiv2::xmpSeq && type != Exiv2::xmpAlt)
        return cleaned(QString::fromStdString(it->toString()));
    QStringList items;
    for (long i = 0; i < it->count(); ++i) {
        const QString item = cleaned(QString::fromStdString(it->toString(i)));
        if (!item.isEmpty())
            items << item;
    }
    return items.join(QStringLiteral(", "));
}

QString exifText(const Exiv2::ExifData &exif, const char *key)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end())
        return {};
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QByteArray raw = QByteArray::fromStdString(it->toString());
    QString text = utf8(raw);
    if (utf8.hasError())
        text = QString::fromLatin1(raw);
    text = cleaned(text);
    return isCameraBoilerplate(text) ? QString() : text;
}

QString firstOf(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty())
            return candidate;
    }
    return {};
}

} // namespace

EmbeddedText readEmbeddedText(const QByteArray &bytes)
{
    initialiseExiv2();
    try {
        // Exiv2 0.27 hands out std::auto_ptr; own it the C++17 way at once.
        std::unique_ptr<Exiv2::Image> image(Exiv2::ImageFactory::open(
            reinterpret_cast<const Exiv2::byte *>(bytes.constData()), long(bytes.size()))
                                                .release());
        if (!image)
            return {};
        image->readMetadata();
        const Exiv2::IptcData &iptc = image->iptcData();
        const Exiv2::XmpData &xmp = image->xmpData();
        const Exiv2::ExifData &exif = image->exifData();
        const auto charset = iptc.findKey(Exiv2::IptcKey("Iptc.Envelope.CharacterSet"));
        const bool utf8 = charset != iptc.end() && charset->toString() == "\x1B%G";

        EmbeddedText text;
        text.caption = firstOf({iptcText(iptc, "Iptc.Application2.Caption", utf8),
            xmpText(xmp, "Xmp.dc.description"), exifText(exif, "Exif.Image.ImageDescription")});
        text.credit = firstOf({iptcText(iptc, "Iptc.Application2.Byline", utf8),
            xmpText(xmp, "Xmp.dc.creator"), iptcText(iptc, "Iptc.Application2.Credit", utf8),
            xmpText(xmp, "Xmp.photoshop.Credit")});
        text.alt = xmpText(xmp, "Xmp.iptc.AltTextAccessibility");
        return text;
    } catch (const std::exception &) {
        // Exiv2::AnyError and std::bad_alloc from hostile metadata: the pixels were fine.
        return {};
    }
}

} // namespace Copydesk
