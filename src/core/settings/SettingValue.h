#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <type_traits>
#include <utility>

namespace cg {

// One remembered preference, declared once with its key, its type and its default (the idea of qBittorrent's
// SettingValue<T>). Plain values are stored as they are. An enum is stored as the word keyOf() gives it and read back
// with fromKey(), both declared beside the enum, so the file stays readable, and a word this version does not know
// (from a newer version, or typed by hand) reads as the default instead of as some other value.
template <typename T> class SettingValue final
{
public:
    SettingValue(QString key, T defaultValue) : m_key(std::move(key)), m_default(std::move(defaultValue)) {}

    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

    T get(const QSettings& settings) const
    {
        const QVariant stored = settings.value(m_key);
        if (!stored.isValid())
            return m_default;
        if constexpr (std::is_enum_v<T>) {
            T value = m_default;
            return fromKey(stored.toString(), &value) ? value : m_default;
        } else {
            return stored.value<T>();
        }
    }

    void set(QSettings& settings, const T& value) const
    {
        if constexpr (std::is_enum_v<T>)
            settings.setValue(m_key, keyOf(value));
        else
            settings.setValue(m_key, value);
    }

private:
    QString m_key;
    T m_default;
};

} // namespace cg
