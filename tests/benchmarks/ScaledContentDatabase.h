#pragma once

#include <QString>

namespace cg::bench {

// Makes a content database at the scale the budgets speak of (1,000 roles, 50,000 skills) from a real one: copies
// it and adds synthetic roles, skills, role-skill links and their search-index rows until it has that many. The
// synthetic names and texts are drawn from the words of the real index, with their real frequencies, so prefixes
// match as often as they would in a bigger catalogue of the same kind. Deterministic: the same source gives the
// same file contents.
class ScaledContentDatabase final
{
public:
    struct Counts
    {
        int roles = 0;
        int skills = 0;
        int roleSkills = 0;
        int indexRows = 0;
        int syntheticRoles = 0;
        int syntheticSkills = 0;
    };

    static constexpr int TargetRoles = 1000;
    static constexpr int TargetSkills = 50000;
    static constexpr int SkillsPerSyntheticRole = 50;

    static bool build(const QString& source, const QString& target, Counts* counts, QString* error);
    // The same counts of any content database.
    static bool count(const QString& path, Counts* counts, QString* error);
};

} // namespace cg::bench
