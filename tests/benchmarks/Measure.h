#pragma once

#include <QString>

#include <optional>

namespace cg::bench {

// One reported number: what was measured, its value and unit, and the budget it must stay within, if any.
struct Measure
{
    QString name; // dotted, stable: scripts read it (e.g. "search.full.p95")
    double value = 0.0;
    QString unit;                // ms, x, MiB, count
    std::optional<double> limit; // the value must be at most this; none: shown for context only
    QString description;         // for people: what the number is

    bool hasLimit() const { return limit.has_value(); }
    bool met() const { return !limit || value <= *limit; }

    QString valueText() const;
    QString limitText() const; // "<=16" or "-"
    // "name value unit target", the machine-readable form.
    QString line() const;
    // The line plus the description, as a measuring child process hands it to the runner.
    QString serialize() const;
    static std::optional<Measure> parse(const QString& serialized);
};

} // namespace cg::bench
