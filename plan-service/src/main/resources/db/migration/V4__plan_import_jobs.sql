-- Plan table imports (导入评审计划表): one row per uploaded file, its progress and its row-by-row report.
-- The uploaded bytes are not kept: a job lives in memory while it runs, and a restart fails the jobs it interrupted.

CREATE TABLE plan_import_job (
    id             uuid         PRIMARY KEY,
    -- who started it (token subject) and the region the plan is drafted for: the job's visibility
    owner_subject  varchar(120) NOT NULL,
    owner_username varchar(120) NOT NULL,
    region         varchar(12)  NOT NULL,
    year           int          NOT NULL,
    category       varchar(30)  NOT NULL,
    title          varchar(200) NOT NULL,
    file_name      varchar(255),
    status         varchar(20)  NOT NULL,
    rows_total     int          NOT NULL DEFAULT 0,
    rows_done      int          NOT NULL DEFAULT 0,
    -- the row-by-row report as JSON, written when the job ends
    report         text,
    failure_code   varchar(80),
    plan_id        uuid,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL
);

CREATE INDEX plan_import_job_owner ON plan_import_job (owner_subject, created_at);
CREATE INDEX plan_import_job_region ON plan_import_job (region, created_at);
