#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>
#include <utility>

namespace cg {

// A value of an enum and the word that spells it: a key stored in files and settings, or the source text of a
// translated name (marked with QT_TRANSLATE_NOOP so that it is found for translation).
template <typename Enum> using EnumWord = std::pair<Enum, const char*>;
// The same for a value stored as a string key rather than an enum.
using KeyWord = std::pair<const char*, const char*>;

// Looks either way in a table of EnumWord, so that each enum spells every value in one place. A value the table
// lacks has no word.
class EnumWords final
{
public:
    // The word of `value`, or nullptr.
    template <typename Enum, std::size_t N> static const char* wordOf(const EnumWord<Enum> (&table)[N], Enum value)
    {
        for (const EnumWord<Enum>& entry : table) {
            if (entry.first == value)
                return entry.second;
        }
        return nullptr;
    }

    // The word for the string `key`, or nullptr.
    template <std::size_t N> static const char* wordFor(const KeyWord (&table)[N], QStringView key)
    {
        for (const KeyWord& entry : table) {
            if (key == QLatin1String(entry.first))
                return entry.second;
        }
        return nullptr;
    }

    // `value` when the table has a word for it, otherwise `fallback`: for a value cast from a number.
    template <typename Enum, std::size_t N>
    static Enum known(const EnumWord<Enum> (&table)[N], Enum value, Enum fallback)
    {
        return wordOf(table, value) ? value : fallback;
    }

    // The word of `value` as a key (Latin-1); a null string when the table lacks the value.
    template <typename Enum, std::size_t N> static QString keyOf(const EnumWord<Enum> (&table)[N], Enum value)
    {
        return QLatin1String(wordOf(table, value));
    }

    // The value whose word is `key`; nullopt for any other word.
    template <typename Enum, std::size_t N>
    static std::optional<Enum> valueOf(const EnumWord<Enum> (&table)[N], QStringView key)
    {
        for (const EnumWord<Enum>& entry : table) {
            if (key == QLatin1String(entry.second))
                return entry.first;
        }
        return std::nullopt;
    }

    // Sets *value to the value whose word is `key`; false, leaving *value as it was, for any other word.
    template <typename Enum, std::size_t N>
    static bool read(const EnumWord<Enum> (&table)[N], QStringView key, Enum* value)
    {
        const std::optional<Enum> found = valueOf(table, key);
        if (found)
            *value = *found;
        return found.has_value();
    }

    // The name of `value`, its word translated in `context`; a null string when the table lacks the value.
    template <typename Enum, std::size_t N>
    static QString nameOf(const char* context, const EnumWord<Enum> (&table)[N], Enum value)
    {
        const char* word = wordOf(table, value);
        return word ? QCoreApplication::translate(context, word) : QString();
    }
};

} // namespace cg
