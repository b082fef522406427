-- User database, version 2: a saved comparison may also use PPP on the private-consumption basis ('ppp-private').
-- SQLite cannot change a CHECK constraint in place, so both comparison tables are rebuilt and their rows copied.
-- The picks are copied and dropped before their parent, so the ON DELETE CASCADE never fires; renaming the new
-- parent rewrites the picks' REFERENCES clause to the final name.
CREATE TABLE saved_comparison_v2 (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    currency   TEXT NOT NULL,
    basis      TEXT NOT NULL CHECK (basis IN ('market', 'ppp', 'ppp-private')),
    created_at TEXT NOT NULL
);
INSERT INTO saved_comparison_v2 (id, name, currency, basis, created_at)
    SELECT id, name, currency, basis, created_at FROM saved_comparison;

CREATE TABLE comparison_pick_v2 (
    comparison_id INTEGER NOT NULL REFERENCES saved_comparison_v2(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    figure_key    TEXT NOT NULL,
    PRIMARY KEY (comparison_id, position)
) WITHOUT ROWID;
INSERT INTO comparison_pick_v2 (comparison_id, position, figure_key)
    SELECT comparison_id, position, figure_key FROM comparison_pick;

DROP TABLE comparison_pick;
DROP TABLE saved_comparison;
ALTER TABLE saved_comparison_v2 RENAME TO saved_comparison;
ALTER TABLE comparison_pick_v2 RENAME TO comparison_pick;
