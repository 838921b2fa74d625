-- 003 (浙江省经济和信息化厅, forwarded province-wide): industry and IT senior engineers' hours must be registered in the
-- provincial IT continuing-education system and are verified for the last three years (2022–2024 for the 2024 round).
--
-- Rule sets are inherited whole, not merged (a district uses its city's unless it has its own, the city its
-- province's), so a provincial rule reaches a city with its own set only if that set states it. The provincial rule
-- is therefore written (a) as the province's own set, which every region without a set of its own inherits, and
-- (b) into a new version of each city set in force from 2024, next to the city's own rules, unchanged. An HR bureau
-- that writes its next version keeps or drops it explicitly; the history shows which version held it.
INSERT INTO rule_set (id, region, valid_from, version, rules, reason, changed_by, changed_at) VALUES
('6f0b7c52-3f3e-4b8e-9a51-000000000033', '33', 2024, 1, '[
  {"kind": "REGISTERED_HOURS_WINDOW", "code": "it-senior-registered-hours", "notice": "003-继续教育",
   "appliesTo": {"route": "EVALUATION", "levels": ["DEPUTY_SENIOR", "FULL_SENIOR"], "educations": [],
                 "series": ["ENGINEERING"]},
   "system": "浙江省工业和信息化领域专业技术人员继续教育学时登记管理系统", "years": 3, "minimumPerYear": 0}
]', 'seed notice 003 (provincial)', 'migration', '2024-01-01T00:00:00Z'),
('6f0b7c52-3f3e-4b8e-9a51-000000243311', '3311', 2024, 1, '[
  {"kind": "YEARLY_MINIMUM", "code": "lishui-yearly-hours", "notice": "001-五(一)",
   "appliesTo": {"route": "EVALUATION", "levels": [], "educations": []},
   "total": 90, "professional": 60, "publicHours": 18, "generalPublic": 12,
   "deemedCompliantBefore": 2019, "recentYears": 2},
  {"kind": "REGISTERED_HOURS_WINDOW", "code": "it-senior-registered-hours", "notice": "003-继续教育",
   "appliesTo": {"route": "EVALUATION", "levels": ["DEPUTY_SENIOR", "FULL_SENIOR"], "educations": [],
                 "series": ["ENGINEERING"]},
   "system": "浙江省工业和信息化领域专业技术人员继续教育学时登记管理系统", "years": 3, "minimumPerYear": 0}
]', 'seed notice 001 五(一) with the provincial rule of 003', 'migration', '2024-01-01T00:00:00Z'),
('6f0b7c52-3f3e-4b8e-9a51-000000243308', '3308', 2024, 1, '[
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
   "total": 270, "publicHours": 54, "professional": 180},
  {"kind": "REGISTERED_HOURS_WINDOW", "code": "it-senior-registered-hours", "notice": "003-继续教育",
   "appliesTo": {"route": "EVALUATION", "levels": ["DEPUTY_SENIOR", "FULL_SENIOR"], "educations": [],
                 "series": ["ENGINEERING"]},
   "system": "浙江省工业和信息化领域专业技术人员继续教育学时登记管理系统", "years": 3, "minimumPerYear": 0}
]', 'seed notice 002 二(二), 二(三) with the provincial rule of 003', 'migration', '2024-01-01T00:00:00Z');
