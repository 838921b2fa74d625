-- Notification service schema: public announcements (公告) such as the plan notice (评审公告).

COMMENT ON SCHEMA public IS 'Zhicheng notification service: announcements, publicities, objections, deliveries';

CREATE TABLE announcement (
    id              uuid         PRIMARY KEY,
    kind            varchar(30)  NOT NULL,
    region          varchar(12)  NOT NULL,
    title           varchar(300) NOT NULL,
    body            text         NOT NULL,
    -- the event the announcement was made from, for tracing it back
    source_event_id uuid         NOT NULL,
    -- the thing announced (a plan id for a plan notice); one announcement of each kind per subject
    subject_id      uuid         NOT NULL,
    published_at    timestamptz  NOT NULL,
    created_at      timestamptz  NOT NULL,
    CONSTRAINT announcement_once_per_subject UNIQUE (kind, subject_id)
);

CREATE INDEX announcement_region ON announcement (region varchar_pattern_ops);
CREATE INDEX announcement_published ON announcement (published_at DESC, id);
