-- User database, version 3: what each study plan's last calendar export said, per event, so that the next export
-- updates the events a calendar application already holds instead of adding copies. A calendar keeps an event
-- by its UID and replaces it only when SEQUENCE grows, so the sequence and a hash of the event's content are kept,
-- with the dates and summary needed to cancel an event that has left the plan.
CREATE TABLE calendar_export (
    plan_id      INTEGER NOT NULL REFERENCES study_plan(id) ON DELETE CASCADE,
    uid          TEXT NOT NULL,
    sequence     INTEGER NOT NULL CHECK (sequence >= 0),
    content_hash TEXT NOT NULL,
    first_day    TEXT NOT NULL,
    last_day     TEXT NOT NULL,
    summary      TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('live', 'cancelled')),
    PRIMARY KEY (plan_id, uid)
) WITHOUT ROWID;
