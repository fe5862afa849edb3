// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/hunspelldictionary.h"

#include <hunspell.hxx>

#include <QFile>
#include <QHash>
#include <QMutex>

namespace {

// Hunspell's SET names as Qt (with ICU) knows them: "ISO8859-1" → "ISO-8859-1",
// "microsoft-cp1251" → "windows-1251".
QByteArray qtEncodingName(const std::string &hunspellName)
{
    QByteArray name = QByteArray::fromStdString(hunspellName).trimmed();
    if (name.isEmpty())
        return QByteArrayLiteral("ISO-8859-1"); // Hunspell's own default without a SET line
    if (name.startsWith("ISO8859"))
        name.insert(3, '-');
    if (name.startsWith("microsoft-cp"))
        name = "windows-" + name.mid(12);
    return name;
}

} // namespace

HunspellDictionary::HunspellDictionary(const DictionaryInfo &info)
    : m_info(info),
      m_name(info.name),
      m_hunspell(std::make_unique<Hunspell>(
          QFile::encodeName(info.affPath).constData(), QFile::encodeName(info.dicPath).constData()))
{
    const QByteArray encoding = qtEncodingName(m_hunspell->get_dict_encoding());
    m_encodingName = QString::fromLatin1(encoding);
    m_encoder = QStringEncoder(encoding.constData(), QStringConverter::Flag::Stateless);
    m_decoder = QStringDecoder(encoding.constData(), QStringConverter::Flag::Stateless);
}

HunspellDictionary::~HunspellDictionary() = default;

std::shared_ptr<HunspellDictionary> HunspellDictionary::load(
    const DictionaryInfo &info, QString *error)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<HunspellDictionary>> loaded;
    const QMutexLocker lock(&mutex);
    if (auto shared = loaded.value(info.affPath).lock())
        return shared;
    if (!info.isValid() || !QFile::exists(info.affPath) || !QFile::exists(info.dicPath)) {
        if (error)
            *error = Dictionaries::missingMessage(info.name);
        return nullptr;
    }
    std::shared_ptr<HunspellDictionary> dictionary(new HunspellDictionary(info));
    if (!dictionary->m_encoder.isValid() || !dictionary->m_decoder.isValid()) {
        if (error)
            *error = QStringLiteral("the %1 dictionary uses the encoding %2, which this system "
                                    "cannot convert")
                         .arg(info.name, dictionary->m_encodingName);
        return nullptr;
    }
    loaded.insert(info.affPath, dictionary);
    return dictionary;
}

std::unique_ptr<HunspellDictionary> HunspellDictionary::loadUnshared(const DictionaryInfo &info)
{
    if (!info.isValid() || !QFile::exists(info.affPath) || !QFile::exists(info.dicPath))
        return nullptr;
    std::unique_ptr<HunspellDictionary> dictionary(new HunspellDictionary(info));
    if (!dictionary->m_encoder.isValid() || !dictionary->m_decoder.isValid())
        return nullptr;
    return dictionary;
}

bool HunspellDictionary::encode(QStringView word, std::string &out)
{
    const QByteArray bytes = m_encoder.encode(word);
    if (m_encoder.hasError()) {
        m_encoder.resetState();
        return false;
    }
    out.assign(bytes.constData(), size_t(bytes.size()));
    return true;
}

bool HunspellDictionary::spell(QStringView word)
{
    std::string encoded;
    return encode(word, encoded) && m_hunspell->spell(encoded);
}

QStringList HunspellDictionary::suggest(QStringView word)
{
    std::string encoded;
    if (!encode(word, encoded))
        return {};
    QStringList suggestions;
    for (const std::string &suggestion : m_hunspell->suggest(encoded))
        suggestions << m_decoder.decode(
            QByteArrayView(suggestion.data(), qsizetype(suggestion.size())));
    return suggestions;
}
