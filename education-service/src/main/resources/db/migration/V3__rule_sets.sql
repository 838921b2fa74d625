-- Continuing-education rule sets as data. A region's rule set for the years from valid_from on is edited by writing a
-- new version (rows are never changed), so every earlier answer can be explained by the version that gave it.
-- A district without its own rule set uses its city's (code prefix).
CREATE TABLE rule_set (
    id          uuid        PRIMARY KEY,
    region      text        NOT NULL,
    valid_from  integer     NOT NULL,
    version     integer     NOT NULL CHECK (version >= 1),
    rules       jsonb       NOT NULL,
    reason      text,
    changed_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL,
    UNIQUE (region, valid_from, version)
);

-- Seeds. Lishui (3311), 001 五(一): 90 / 60 professional / 18 public of which 12 general public every year; the
-- application year and the one before compliant; years before 2019 deemed compliant.
INSERT INTO rule_set (id, region, valid_from, version, rules, reason, changed_by, changed_at) VALUES
('6f0b7c52-3f3e-4b8e-9a51-000000003311', '3311', 2019, 1, '[
  {"kind": "YEARLY_MINIMUM", "code": "lishui-yearly-hours", "notice": "001-五(一)",
   "appliesTo": {"route": "EVALUATION", "levels": [], "educations": []},
   "total": 90, "professional": 60, "publicHours": 18, "generalPublic": 12,
   "deemedCompliantBefore": 2019, "recentYears": 2}
]', 'seed notice 001 五(一)', 'migration', '2024-01-01T00:00:00Z'),
-- Quzhou (3308), 002 二(二): general + industry public over the three years before the application year ≥ 54, ≥ 18 for
-- a bachelor-or-higher junior applicant (senior titles follow provincial rules: no city rule); 002 二(三): initial
-- certification bachelor → assistant 90 (18 public / 60 professional), master → intermediate 270 (54 / 180).
('6f0b7c52-3f3e-4b8e-9a51-000000003308', '3308', 2022, 1, '[
  {"kind": "PUBLIC_HOURS_WINDOW", "code": "quzhou-public-hours", "notice": "002-二(二)",
   "appliesTo": {"route": "EVALUATION", "levels": ["INTERMEDIATE"], "educations": []},
   "years": 3, "publicHours": 54},
  {"kind": "PUBLIC_HOURS_WINDOW", "code": "quzhou-public-hours-junior", "notice": "002-二(二)",
   "appliesTo": {"route": "EVALUATION", "levels": ["CLERK_JUNIOR", "ASSISTANT_JUNIOR"],
                 "educations": ["SECONDARY", "COLLEGE"]},
   "years": 3, "publicHours": 54},
  {"kind": "PUBLIC_HOURS_WINDOW", "code": "quzhou-public-hours-junior-bachelor", "notice": "002-二(二)",
   "appliesTo": {"route": "EVALUATION", "levels": ["CLERK_JUNIOR", "ASSISTANT_JUNIOR"],
                 "educations": ["BACHELOR", "MASTER", "DOCTOR"]},
   "years": 3, "publicHours": 18},
  {"kind": "HOURS_OVER_WORKING_YEARS", "code": "quzhou-initial-assistant", "notice": "002-二(三)",
   "appliesTo": {"route": "INITIAL_CERTIFICATION", "levels": ["ASSISTANT_JUNIOR"],
                 "educations": ["BACHELOR", "MASTER", "DOCTOR"]},
   "total": 90, "publicHours": 18, "professional": 60},
  {"kind": "HOURS_OVER_WORKING_YEARS", "code": "quzhou-initial-intermediate", "notice": "002-二(三)",
   "appliesTo": {"route": "INITIAL_CERTIFICATION", "levels": ["INTERMEDIATE"], "educations": ["MASTER", "DOCTOR"]},
   "total": 270, "publicHours": 54, "professional": 180}
]', 'seed notice 002 二(二), 二(三)', 'migration', '2024-01-01T00:00:00Z');
