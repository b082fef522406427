-- User database, version 1: self-assessment, study plans with progress, saved salary comparisons.
-- Keys are content slugs, which stay stable across content releases.
CREATE TABLE skill_assessment (
    skill_slug TEXT PRIMARY KEY,
    status     TEXT NOT NULL CHECK (status IN ('know', 'learning', 'want')),
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE study_plan (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    role_slug      TEXT NOT NULL,
    path_slug      TEXT NOT NULL,
    route_slug     TEXT NOT NULL DEFAULT '',
    start_date     TEXT NOT NULL,
    hours_per_week INTEGER NOT NULL CHECK (hours_per_week > 0),
    skip_known     INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL
);

CREATE TABLE step_progress (
    plan_id    INTEGER NOT NULL REFERENCES study_plan(id) ON DELETE CASCADE,
    step_slug  TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'skipped')),
    note       TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, step_slug)
) WITHOUT ROWID;

CREATE TABLE saved_comparison (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    currency   TEXT NOT NULL,
    basis      TEXT NOT NULL CHECK (basis IN ('market', 'ppp')),
    created_at TEXT NOT NULL
);

CREATE TABLE comparison_pick (
    comparison_id INTEGER NOT NULL REFERENCES saved_comparison(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    figure_key    TEXT NOT NULL,
    PRIMARY KEY (comparison_id, position)
) WITHOUT ROWID;
