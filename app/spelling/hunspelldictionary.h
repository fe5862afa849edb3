// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/dictionaries.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QStringList>

#include <memory>

class Hunspell;

// One loaded Hunspell dictionary. Words go in and come out in the dictionary's own encoding
// (its SET line: UTF-8 for Debian's English, ISO8859-x or KOI8-R for some others).
// Loading takes tens of milliseconds, so loaded dictionaries are shared: see load().
// Not thread-safe: use it from one thread (Hunspell itself keeps state between calls).
class HunspellDictionary
{
public:
    ~HunspellDictionary();
    HunspellDictionary(const HunspellDictionary &) = delete;
    HunspellDictionary &operator=(const HunspellDictionary &) = delete;

    // The dictionary, loaded once per process while anyone holds it; null when it cannot be
    // read or its encoding is unknown (`error` says why).
    static std::shared_ptr<HunspellDictionary> load(
        const DictionaryInfo &info, QString *error = nullptr);
    // A private instance, for another thread (Hunspell instances cannot be shared between
    // threads); null when it cannot be loaded.
    static std::unique_ptr<HunspellDictionary> loadUnshared(const DictionaryInfo &info);

    DictionaryInfo info() const { return m_info; }

    QString name() const { return m_name; }
    QString encoding() const { return m_encodingName; }

    // Whether the word is spelled right. A word the encoding cannot express is not.
    bool spell(QStringView word);
    // Hunspell's suggestions, best first (≈30 ms: call only when a person asks).
    QStringList suggest(QStringView word);

private:
    HunspellDictionary(const DictionaryInfo &info);
    bool encode(QStringView word, std::string &out);

    DictionaryInfo m_info;
    QString m_name;
    QString m_encodingName;
    std::unique_ptr<Hunspell> m_hunspell;
    QStringEncoder m_encoder;
    QStringDecoder m_decoder;
};
