-- User database, version 4: progress per topic and the person's own version of a learning path.
-- Topic progress belongs to a study plan, like step progress. The own path belongs to a learning path, so every plan
-- on that path shares it: own topics (under a step), hidden topics and the order of a step's topics. Every key is a
-- content slug, or "own:<id>" for an own topic (':' is never part of a slug), so a content update that renames,
-- drops or re-orders topics leaves these rows harmless: what the content no longer has is ignored when read.
CREATE TABLE topic_progress (
    plan_id    INTEGER NOT NULL REFERENCES study_plan(id) ON DELETE CASCADE,
    topic_slug TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('done')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, topic_slug)
) WITHOUT ROWID;

CREATE TABLE own_topic (
    id         INTEGER PRIMARY KEY,
    path_slug  TEXT NOT NULL,
    step_slug  TEXT NOT NULL,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    url        TEXT NOT NULL DEFAULT '',
    hours      INTEGER NOT NULL CHECK (hours > 0 AND hours <= 1000),
    note       TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX own_topic_by_path ON own_topic (path_slug);

CREATE TABLE hidden_topic (
    path_slug  TEXT NOT NULL,
    topic_key  TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (path_slug, topic_key)
) WITHOUT ROWID;

CREATE TABLE topic_order (
    path_slug TEXT NOT NULL,
    step_slug TEXT NOT NULL,
    position  INTEGER NOT NULL CHECK (position >= 0),
    topic_key TEXT NOT NULL,
    PRIMARY KEY (path_slug, step_slug, position)
) WITHOUT ROWID;
