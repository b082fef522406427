-- Official occupational data, written by cg::OfficialImporter from resources/data/official/ (or the full release
-- files for the all-occupations build) after schema.sql.
--   O*NET 29.3 Database (USDOL/ETA, CC BY 4.0)            source id 'onet-29-3'
--   BLS OEWS May 2024, national (public domain)           source id 'bls-oews-2024'
--   BLS Employment Projections 2024-34 (public domain)    source id 'bls-projections-2024-34'
--
-- Figures are TEXT holding the decimal string exactly as published ('4.12', '133080'), so nothing passes through
-- binary floating point and the markers BLS prints in place of a number stay visible:
--   OEWS wages          '#' = at least 115.00 an hour or 239,200 a year, '*' = no wage estimate
--   OEWS employment     '**' = no employment estimate
--   projections         an em dash = not applicable (summary rows), '>=$239,200' = median wage at or above that
-- A value the source leaves blank is NULL, never a guess.
--
-- O*NET keys are O*NET-SOC codes ('15-1252.00'), BLS keys are 6-digit SOC codes ('15-1252'). The BLS rows of an
-- O*NET occupation are those whose occ_code equals substr(soc_code, 1, 7). Several O*NET occupations can share one
-- BLS row (15-1299.00 to 15-1299.09 all share 15-1299).

CREATE TABLE occupation (
    soc_code    TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    description TEXT NOT NULL,
    job_zone    INTEGER CHECK (job_zone BETWEEN 1 AND 5),           -- NULL: no job zone in this release
    rated       INTEGER NOT NULL CHECK (rated IN (0, 1)),           -- 0: no skill ratings in this release
    source_id   TEXT NOT NULL REFERENCES source(id)
) WITHOUT ROWID;

-- Task statements in release order (position 1, 2, ...). type is NULL where O*NET gives none.
CREATE TABLE occupation_task (
    soc_code  TEXT NOT NULL REFERENCES occupation(soc_code),
    task_id   INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    type      TEXT CHECK (type IN ('Core', 'Supplemental')),
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (soc_code, task_id)
) WITHOUT ROWID;

-- Skills (2.A, 2.B) and knowledge (2.C) ratings: the importance (IM, 1-5) and level (LV, 0-7) rows of one element
-- paired into one row. The *_suppressed flags carry the "Recommend Suppress" column per scale (1 = Y, 0 = N,
-- NULL = not stated). suppressed is 1 when either scale is flagged Y, else 0. not_relevant is the "Not Relevant"
-- column of the level row (1 = Y, 0 = N, NULL = not stated).
CREATE TABLE occupation_rating (
    soc_code              TEXT NOT NULL REFERENCES occupation(soc_code),
    domain                TEXT NOT NULL CHECK (domain IN ('skill', 'knowledge')),
    element_id            TEXT NOT NULL,
    element_name          TEXT NOT NULL,
    importance            TEXT NOT NULL,
    level                 TEXT NOT NULL,
    importance_suppressed INTEGER CHECK (importance_suppressed IN (0, 1)),
    level_suppressed      INTEGER CHECK (level_suppressed IN (0, 1)),
    suppressed            INTEGER NOT NULL CHECK (suppressed IN (0, 1)),
    not_relevant          INTEGER CHECK (not_relevant IN (0, 1)),
    source_id             TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (soc_code, domain, element_id)
) WITHOUT ROWID;

-- Technology skills (software and tools) in release order. commodity_code is the 8-digit UNSPSC code.
CREATE TABLE occupation_technology (
    soc_code        TEXT NOT NULL REFERENCES occupation(soc_code),
    example         TEXT NOT NULL,
    position        INTEGER NOT NULL,
    commodity_code  TEXT NOT NULL,
    commodity_title TEXT NOT NULL,
    hot             INTEGER NOT NULL CHECK (hot IN (0, 1)),
    in_demand       INTEGER NOT NULL CHECK (in_demand IN (0, 1)),
    source_id       TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (soc_code, example)
) WITHOUT ROWID;
-- Technologies by name, ignoring case: a skill's O*NET examples (SkillRepository::technologies).
CREATE INDEX occupation_technology_by_example ON occupation_technology (lower(example));

-- Each of our skills that O*NET lists as a technology, by the skill's own name or a name skill_onet_name maps to it
-- (case aside), with the flags over all occupations. Derived by the importer from occupation_technology, so the Skills tab reads one row per
-- skill instead of grouping every example on each start.
CREATE TABLE skill_technology (
    skill_id              INTEGER PRIMARY KEY REFERENCES skill(id),
    hot                   INTEGER NOT NULL CHECK (hot IN (0, 1)),
    in_demand_occupations INTEGER NOT NULL
);

-- Related occupations. related_code may name an occupation outside this build (the computer-occupations build
-- keeps every link), so it is no foreign key. position is the Index of O*NET (1 = most related).
CREATE TABLE occupation_related (
    soc_code      TEXT NOT NULL REFERENCES occupation(soc_code),
    related_code  TEXT NOT NULL,
    related_title TEXT NOT NULL,
    tier          TEXT NOT NULL,
    position      INTEGER NOT NULL,
    source_id     TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (soc_code, related_code)
) WITHOUT ROWID;

-- Alternate titles in release order. short_title is '' where O*NET gives none (it is part of the key: the
-- release lists some titles twice, once with and once without a short form).
CREATE TABLE occupation_alt_title (
    soc_code    TEXT NOT NULL REFERENCES occupation(soc_code),
    title       TEXT NOT NULL,
    short_title TEXT NOT NULL,
    position    INTEGER NOT NULL,
    source_id   TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (soc_code, title, short_title)
) WITHOUT ROWID;

-- Required level of education (element 2.D.1, scale RL): percent of respondents per category 1-12.
CREATE TABLE occupation_education (
    soc_code       TEXT NOT NULL REFERENCES occupation(soc_code),
    category       INTEGER NOT NULL,
    category_label TEXT NOT NULL,
    percent        TEXT NOT NULL,
    suppressed     INTEGER CHECK (suppressed IN (0, 1)),               -- Recommend Suppress, NULL = not stated
    source_id      TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (soc_code, category)
) WITHOUT ROWID;

-- O*NET reference tables, whole: content model elements (names and descriptions of skills, knowledge areas, ...),
-- rating scales (the range to draw a rating against) and job zones (what a zone number means).
CREATE TABLE onet_element (
    element_id  TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    source_id   TEXT NOT NULL REFERENCES source(id)
) WITHOUT ROWID;

CREATE TABLE onet_scale (
    scale_id  TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    minimum   TEXT NOT NULL,
    maximum   TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id)
) WITHOUT ROWID;

CREATE TABLE job_zone (
    zone       INTEGER PRIMARY KEY CHECK (zone BETWEEN 1 AND 5),
    name       TEXT NOT NULL,
    experience TEXT NOT NULL,
    education  TEXT NOT NULL,
    training   TEXT NOT NULL,
    examples   TEXT NOT NULL,
    svp_range  TEXT NOT NULL,
    source_id  TEXT NOT NULL REFERENCES source(id)
);

-- OEWS May 2024, national, cross-industry. OEWS prints an occupation it has aggregated to the broad level twice,
-- once as 'broad' and once as 'detailed', hence the key (occ_code, o_group). Prefer o_group = 'detailed' when
-- looking up one occupation. annual_only / hourly_only: BLS publishes only annual (or only hourly) wages, the
-- other kind is '*'. employment is rounded to the nearest 10 and excludes the self-employed. *_rse: percent
-- relative standard error.
CREATE TABLE occupation_wage (
    occ_code       TEXT NOT NULL,
    o_group        TEXT NOT NULL CHECK (o_group IN ('total', 'major', 'minor', 'broad', 'detailed')),
    title          TEXT NOT NULL,
    employment     TEXT NOT NULL,
    employment_rse TEXT NOT NULL,
    hourly_mean    TEXT NOT NULL,
    annual_mean    TEXT NOT NULL,
    mean_rse       TEXT NOT NULL,
    hourly_p10     TEXT NOT NULL,
    hourly_p25     TEXT NOT NULL,
    hourly_median  TEXT NOT NULL,
    hourly_p75     TEXT NOT NULL,
    hourly_p90     TEXT NOT NULL,
    annual_p10     TEXT NOT NULL,
    annual_p25     TEXT NOT NULL,
    annual_median  TEXT NOT NULL,
    annual_p75     TEXT NOT NULL,
    annual_p90     TEXT NOT NULL,
    annual_only    INTEGER NOT NULL CHECK (annual_only IN (0, 1)),
    hourly_only    INTEGER NOT NULL CHECK (hourly_only IN (0, 1)),
    source_id      TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (occ_code, o_group)
) WITHOUT ROWID;

-- Employment Projections 2024-34, Table 1.2. Employment, change in number and openings are in thousands, openings
-- are an annual average over 2024-34, median_wage_2024 is dollars a year. occupation_type is 'Summary' (a group)
-- or 'Line item', indent_level shows the hierarchy (0 = all occupations).
CREATE TABLE occupation_projection (
    occ_code              TEXT PRIMARY KEY,
    title                 TEXT NOT NULL,
    occupation_type       TEXT NOT NULL CHECK (occupation_type IN ('Summary', 'Line item')),
    indent_level          INTEGER NOT NULL,
    employment_2024       TEXT NOT NULL,
    employment_2034       TEXT NOT NULL,
    distribution_2024     TEXT NOT NULL,
    distribution_2034     TEXT NOT NULL,
    change_number         TEXT NOT NULL,
    change_percent        TEXT NOT NULL,
    self_employed_percent TEXT NOT NULL,
    openings              TEXT NOT NULL,
    median_wage_2024      TEXT NOT NULL,
    education             TEXT NOT NULL,
    work_experience       TEXT NOT NULL,
    training              TEXT NOT NULL,
    source_id             TEXT NOT NULL REFERENCES source(id)
) WITHOUT ROWID;

-- Employment Projections 2024-34, Table 1.10: why there are openings beyond growth. Rates are percent of
-- employment a year, counts are thousands a year (annual averages over 2024-34).
CREATE TABLE occupation_separation (
    occ_code              TEXT PRIMARY KEY,
    labor_force_exit_rate TEXT NOT NULL,
    transfer_rate         TEXT NOT NULL,
    separation_rate       TEXT NOT NULL,
    labor_force_exits     TEXT NOT NULL,
    transfers             TEXT NOT NULL,
    separations           TEXT NOT NULL,
    source_id             TEXT NOT NULL REFERENCES source(id)
) WITHOUT ROWID;

-- Job titles workers reported in O*NET's surveys (Sample of Reported Titles), in release order. They are how people
-- name their own jobs ("Charge Nurse", "Staff RN"), so search finds an occupation by them too.
CREATE TABLE occupation_reported_title (
    soc_code  TEXT NOT NULL REFERENCES occupation(soc_code),
    title     TEXT NOT NULL,
    position  INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (soc_code, title)
) WITHOUT ROWID;

-- Every technology example O*NET 29.3 names, once, with how many occupations list it, whether it is a Hot
-- Technology, and in how many occupations it is In Demand. Derived by the importer from occupation_technology, so
-- the Skills tab can page through the list by name without grouping every example when it is first shown.
CREATE TABLE technology_example (
    example          TEXT PRIMARY KEY COLLATE NOCASE,
    occupation_count INTEGER NOT NULL,
    hot              INTEGER NOT NULL CHECK (hot IN (0, 1)),
    in_demand_count  INTEGER NOT NULL,
    source_id        TEXT NOT NULL REFERENCES source(id)
) WITHOUT ROWID;

-- Each O*NET skill (2.A, 2.B) and knowledge area (2.C) occupations are rated on, with how many occupations rate it
-- important: importance 3 or more of 5, leaving out estimates O*NET recommends suppressing and levels it marks not
-- relevant. Derived by the importer from occupation_rating, so the Skills tab lists them without grouping every rating.
CREATE TABLE onet_element_summary (
    element_id            TEXT PRIMARY KEY REFERENCES onet_element(element_id),
    domain                TEXT NOT NULL CHECK (domain IN ('skill', 'knowledge')),
    important_occupations INTEGER NOT NULL,
    source_id             TEXT NOT NULL REFERENCES source(id)
) WITHOUT ROWID;
