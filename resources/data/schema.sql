-- Career Guide content database, schema version 1.
-- Written by careerguide-datagen from the JSON sources beside this file; opened read-only by the app.
-- Every figure row carries a source_id; tests/data fails on one without.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE source (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('article', 'organisation', 'dataset')),
    title       TEXT NOT NULL,
    publisher   TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    published   TEXT NOT NULL DEFAULT '',
    as_of       TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    licence     TEXT NOT NULL DEFAULT '',
    contributes TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE skill (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('hard', 'soft')),
    category    TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);

-- Names under which O*NET's technology lists carry one of our skills ("Structured query language SQL" for SQL), besides
-- the skill's own name: our mapping, from skills.json. The importer refuses a name the release does not contain.
CREATE TABLE skill_onet_name (
    skill_id INTEGER NOT NULL REFERENCES skill(id),
    example  TEXT NOT NULL,
    PRIMARY KEY (skill_id, example)
) WITHOUT ROWID;

CREATE TABLE skill_source (
    skill_id  INTEGER NOT NULL REFERENCES skill(id),
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (skill_id, source_id)
) WITHOUT ROWID;

CREATE TABLE role (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    category    TEXT NOT NULL DEFAULT '',
    is_group    INTEGER NOT NULL DEFAULT 0,
    summary     TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE role_alias (
    role_id INTEGER NOT NULL REFERENCES role(id),
    alias   TEXT NOT NULL,
    PRIMARY KEY (role_id, alias)
) WITHOUT ROWID;

CREATE TABLE role_source (
    role_id   INTEGER NOT NULL REFERENCES role(id),
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (role_id, source_id)
) WITHOUT ROWID;

CREATE TABLE role_occupation (
    role_id  INTEGER NOT NULL REFERENCES role(id),
    soc_code TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (role_id, soc_code)
) WITHOUT ROWID;

CREATE TABLE role_duty (
    id       INTEGER PRIMARY KEY,
    role_id  INTEGER NOT NULL REFERENCES role(id),
    position INTEGER NOT NULL,
    text     TEXT NOT NULL
);

CREATE TABLE duty_source (
    duty_id   INTEGER NOT NULL REFERENCES role_duty(id),
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (duty_id, source_id)
) WITHOUT ROWID;

CREATE TABLE duty_skill (
    duty_id  INTEGER NOT NULL REFERENCES role_duty(id),
    skill_id INTEGER NOT NULL REFERENCES skill(id),
    PRIMARY KEY (duty_id, skill_id)
) WITHOUT ROWID;

CREATE TABLE role_fact (
    id       INTEGER PRIMARY KEY,
    role_id  INTEGER NOT NULL REFERENCES role(id),
    kind     TEXT NOT NULL,
    position INTEGER NOT NULL,
    title    TEXT NOT NULL DEFAULT '',
    text     TEXT NOT NULL
);

CREATE TABLE fact_source (
    fact_id   INTEGER NOT NULL REFERENCES role_fact(id),
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (fact_id, source_id)
) WITHOUT ROWID;

CREATE TABLE role_skill (
    role_id    INTEGER NOT NULL REFERENCES role(id),
    skill_id   INTEGER NOT NULL REFERENCES skill(id),
    importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 5),
    PRIMARY KEY (role_id, skill_id)
) WITHOUT ROWID;
-- The key serves "skills of a role"; this serves "roles of a skill" (the Skills tab counts them for every skill),
-- which would otherwise read the whole table once per skill.
CREATE INDEX role_skill_by_skill ON role_skill (skill_id, role_id);

CREATE TABLE role_skill_source (
    role_id   INTEGER NOT NULL,
    skill_id  INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (role_id, skill_id, source_id),
    FOREIGN KEY (role_id, skill_id) REFERENCES role_skill(role_id, skill_id)
) WITHOUT ROWID;

-- Amounts are exact: integer minor units (cents, pence, paise) of the figure's currency.
CREATE TABLE salary_figure (
    id           INTEGER PRIMARY KEY,
    role_id      INTEGER NOT NULL REFERENCES role(id),
    country      TEXT NOT NULL,
    currency     TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    period       TEXT NOT NULL CHECK (period IN ('year', 'month', 'hour')),
    statistic    TEXT NOT NULL,
    experience   TEXT NOT NULL,
    source_id    TEXT NOT NULL REFERENCES source(id),
    origin_id    TEXT REFERENCES source(id),
    as_of        TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    doubtful     INTEGER NOT NULL DEFAULT 0 CHECK (doubtful IN (0, 1))
);

CREATE TABLE skill_premium (
    id        INTEGER PRIMARY KEY,
    skill_id  INTEGER NOT NULL REFERENCES skill(id),
    role_id   INTEGER NOT NULL REFERENCES role(id),
    percent   TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    origin_id TEXT REFERENCES source(id),
    as_of     TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT '',
    doubtful  INTEGER NOT NULL DEFAULT 0 CHECK (doubtful IN (0, 1))
);

CREATE TABLE outlook (
    id                 INTEGER PRIMARY KEY,
    role_id            INTEGER NOT NULL REFERENCES role(id),
    growth_percent     TEXT NOT NULL,
    period             TEXT NOT NULL,
    comparison_percent TEXT NOT NULL DEFAULT '',
    source_id          TEXT NOT NULL REFERENCES source(id),
    origin_id          TEXT REFERENCES source(id),
    as_of              TEXT NOT NULL,
    note               TEXT NOT NULL DEFAULT '',
    doubtful           INTEGER NOT NULL DEFAULT 0 CHECK (doubtful IN (0, 1))
);

CREATE TABLE statistic (
    id        INTEGER PRIMARY KEY,
    role_id   INTEGER REFERENCES role(id),
    label     TEXT NOT NULL,
    value     TEXT NOT NULL,
    unit      TEXT NOT NULL DEFAULT '',
    source_id TEXT NOT NULL REFERENCES source(id),
    origin_id TEXT REFERENCES source(id),
    as_of     TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT '',
    doubtful  INTEGER NOT NULL DEFAULT 0 CHECK (doubtful IN (0, 1))
);

CREATE TABLE education_route (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    duration    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE route_source (
    route_id  INTEGER NOT NULL REFERENCES education_route(id),
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (route_id, source_id)
) WITHOUT ROWID;

CREATE TABLE learning_resource (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    provider     TEXT NOT NULL DEFAULT '',
    platform     TEXT NOT NULL DEFAULT '',
    rating       TEXT NOT NULL DEFAULT '',
    learners     TEXT NOT NULL DEFAULT '',
    average_time TEXT NOT NULL DEFAULT '',
    source_id    TEXT NOT NULL REFERENCES source(id),
    as_of        TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE resource_skill (
    resource_id INTEGER NOT NULL REFERENCES learning_resource(id),
    skill_id    INTEGER NOT NULL REFERENCES skill(id),
    PRIMARY KEY (resource_id, skill_id)
) WITHOUT ROWID;

CREATE TABLE learning_path (
    id      INTEGER PRIMARY KEY,
    slug    TEXT NOT NULL UNIQUE,
    role_id INTEGER NOT NULL REFERENCES role(id),
    name    TEXT NOT NULL
);

CREATE TABLE learning_step (
    id          INTEGER PRIMARY KEY,
    path_id     INTEGER NOT NULL REFERENCES learning_path(id),
    slug        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL,
    hours       INTEGER NOT NULL CHECK (hours > 0),
    hours_basis TEXT NOT NULL,
    UNIQUE (path_id, slug)
);

CREATE TABLE step_prerequisite (
    step_id     INTEGER NOT NULL REFERENCES learning_step(id),
    requires_id INTEGER NOT NULL REFERENCES learning_step(id),
    PRIMARY KEY (step_id, requires_id)
) WITHOUT ROWID;

CREATE TABLE step_skill (
    step_id  INTEGER NOT NULL REFERENCES learning_step(id),
    skill_id INTEGER NOT NULL REFERENCES skill(id),
    PRIMARY KEY (step_id, skill_id)
) WITHOUT ROWID;

CREATE TABLE step_resource (
    step_id     INTEGER NOT NULL REFERENCES learning_step(id),
    resource_id INTEGER NOT NULL REFERENCES learning_resource(id),
    PRIMARY KEY (step_id, resource_id)
) WITHOUT ROWID;

-- A step with rows here belongs only to plans on one of these routes; a step without rows belongs to every route.
CREATE TABLE step_route (
    step_id  INTEGER NOT NULL REFERENCES learning_step(id),
    route_id INTEGER NOT NULL REFERENCES education_route(id),
    PRIMARY KEY (step_id, route_id)
) WITHOUT ROWID;

CREATE TABLE step_source (
    step_id   INTEGER NOT NULL REFERENCES learning_step(id),
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (step_id, source_id)
) WITHOUT ROWID;

CREATE TABLE tip (
    id       INTEGER PRIMARY KEY,
    topic    TEXT NOT NULL,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL
);

CREATE TABLE tip_source (
    tip_id    INTEGER NOT NULL REFERENCES tip(id),
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (tip_id, source_id)
) WITHOUT ROWID;

CREATE TABLE faq (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    answer   TEXT NOT NULL
);

CREATE TABLE faq_source (
    faq_id    INTEGER NOT NULL REFERENCES faq(id),
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (faq_id, source_id)
) WITHOUT ROWID;

-- One row per searchable item. kind: role, skill, step, resource (ref: the item's slug; a step's is path/step),
-- occupation (ref: the O*NET-SOC code), salary (ref: role slug/country/figure id), state (ref: the USPS code).
-- The generator renumbers the rows at the end so that each kind owns a block of rowids in title order
-- (SearchIndexLayout): a search keeps to one kind and takes its first titles by rowid range alone. Prefix indexes
-- from one letter on keep the first keystroke as cheap as the later ones.
-- body is what the item says of itself; tail the long tail people may also know it by (an occupation's reported
-- titles, tasks and technology examples), which ranks below. The generator fills terms and tail_terms (the
-- spelled and joined forms SearchTerms makes, cplusplus, dotnet, backend: of title and body, and of the tail) and
-- title_key (the title as SearchTerms compares it, indexed
-- so that the titles that are or start with the typed text are found without reading every match).
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref UNINDEXED, title, body, tail, terms, tail_terms, title_key,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

-- Topics: the finer units of a learning step (topics.json). Progress is kept per topic slug, so a slug never changes
-- once shipped. Topics with the same one_of are alternatives within one step (one language, one framework): the step
-- needs one of them, counts the first listed at its hours, and the group is known when any member is.
CREATE TABLE topic_group (
    slug  TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    note  TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE topic (
    id          INTEGER PRIMARY KEY,
    step_id     INTEGER NOT NULL REFERENCES learning_step(id),
    slug        TEXT NOT NULL UNIQUE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    what        TEXT NOT NULL,
    why         TEXT NOT NULL,
    hours       INTEGER NOT NULL CHECK (hours > 0),
    hours_basis TEXT NOT NULL,
    one_of      TEXT REFERENCES topic_group(slug)
);

CREATE TABLE topic_skill (
    topic_id INTEGER NOT NULL REFERENCES topic(id),
    skill_id INTEGER NOT NULL REFERENCES skill(id),
    PRIMARY KEY (topic_id, skill_id)
) WITHOUT ROWID;

-- The O*NET technology a topic teaches, named exactly as in technology_example (tests/data checks each one exists).
CREATE TABLE topic_technology (
    topic_id   INTEGER NOT NULL REFERENCES topic(id),
    technology TEXT NOT NULL,
    PRIMARY KEY (topic_id, technology)
) WITHOUT ROWID;

-- Free resources for a topic; kind says what the page is ('official documentation' for a project's own manual).
CREATE TABLE topic_resource (
    topic_id INTEGER NOT NULL REFERENCES topic(id),
    position INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    title    TEXT NOT NULL,
    url      TEXT NOT NULL,
    PRIMARY KEY (topic_id, position)
) WITHOUT ROWID;

-- One practice project per step.
CREATE TABLE step_project (
    step_id INTEGER PRIMARY KEY REFERENCES learning_step(id),
    title   TEXT NOT NULL,
    brief   TEXT NOT NULL
);

-- Short forms people type for what the content spells out (js: JavaScript, k8s: Kubernetes), from synonyms.json.
-- Search looks for both forms. term is folded as SearchTerms folds; expansion as written.
CREATE TABLE search_synonym (
    term      TEXT PRIMARY KEY,
    expansion TEXT NOT NULL
) WITHOUT ROWID;

-- Joined forms of neighbouring words that the content also writes as one word (backend for "back end" and
-- "back-end"), found by the generator (SearchTerms::compounds), so a search for either form finds both.
CREATE TABLE search_compound (
    word TEXT PRIMARY KEY
) WITHOUT ROWID;
