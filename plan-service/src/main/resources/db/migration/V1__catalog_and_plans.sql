-- Plan service schema: the title catalog (系列/专业/级别/职称) seeded from the four seed notices, and evaluation
-- plans (评审计划) with their items and transition history.

COMMENT ON SCHEMA public IS 'Zhicheng plan service: title catalog and evaluation plans (评审计划)';

-- ---------------------------------------------------------------------------------------------------------------
-- Catalog
-- ---------------------------------------------------------------------------------------------------------------

CREATE TABLE series (
    code      varchar(40)  PRIMARY KEY,
    name_zh   varchar(60)  NOT NULL,
    name_en   varchar(120) NOT NULL,
    -- junior and intermediate titles of this series come only from national exams: no evaluation and no
    -- initial certification below deputy senior (000 二(三), 002 二(三))
    exam_only boolean      NOT NULL DEFAULT false
);

CREATE TABLE specialty (
    series_code varchar(40)  NOT NULL REFERENCES series (code),
    code        varchar(60)  NOT NULL,
    name_zh     varchar(120) NOT NULL,
    PRIMARY KEY (series_code, code),
    -- plan items name specialties by code alone, so codes are unique across series
    CONSTRAINT specialty_code_unique UNIQUE (code)
);

CREATE TABLE level (
    code    varchar(30) PRIMARY KEY,
    name_zh varchar(20) NOT NULL,
    name_en varchar(60) NOT NULL,
    rank_order int      NOT NULL UNIQUE
);

CREATE TABLE title (
    code        varchar(60)  PRIMARY KEY,
    series_code varchar(40)  NOT NULL REFERENCES series (code),
    level_code  varchar(30)  NOT NULL REFERENCES level (code),
    name_zh     varchar(120) NOT NULL,
    CONSTRAINT title_name_unique_in_series UNIQUE (series_code, name_zh)
);

CREATE INDEX title_series_level ON title (series_code, level_code);

INSERT INTO level (code, name_zh, name_en, rank_order) VALUES
    ('CLERK_JUNIOR',     '员级',   'Junior (clerk)',     1),
    ('ASSISTANT_JUNIOR', '助理级', 'Junior (assistant)', 2),
    ('INTERMEDIATE',     '中级',   'Intermediate',       3),
    ('DEPUTY_SENIOR',    '副高级', 'Deputy senior',      4),
    ('FULL_SENIOR',      '正高级', 'Full senior',        5);

INSERT INTO series (code, name_zh, name_en, exam_only) VALUES
    ('ENGINEERING',              '工程',               'Engineering',                               false),
    ('SCHOOL_TEACHER',           '中小学教师',         'Primary and secondary school teachers',     false),
    ('VOCATIONAL_TEACHER',       '中等职业学校教师',   'Secondary vocational school teachers',      false),
    ('PARTY_SCHOOL_TEACHER',     '党校教师',           'Party school teachers',                     false),
    ('EXPERIMENT',               '实验技术',           'Laboratory technicians',                    false),
    ('HEALTH',                   '卫生',               'Health (medicine, pharmacy, nursing, technology)', true),
    ('AGRICULTURE',              '农业',               'Agriculture',                               false),
    ('ECONOMICS',                '经济',               'Economics',                                 true),
    ('ACCOUNTING',               '会计',               'Accounting',                                true),
    ('AUDIT',                    '审计',               'Audit',                                     true),
    ('STATISTICS',               '统计',               'Statistics',                                true),
    ('PUBLISHING',               '出版',               'Publishing',                                true),
    ('TRANSLATION',              '翻译',               'Translation',                               true),
    ('ARCHIVES',                 '档案',               'Archives',                                  true),
    ('COMPUTER_SOFTWARE',        '计算机技术与软件',   'Computer technology and software (national exam)', true),
    ('ART',                      '艺术',               'Art',                                       false),
    ('CRAFTS_ART',               '工艺美术',           'Arts and crafts',                           false),
    ('NEWS',                     '新闻',               'Journalism',                                false),
    ('LAWYER',                   '律师',               'Lawyers',                                   false),
    ('NOTARY',                   '公证员',             'Notaries',                                  false),
    ('FORENSIC',                 '司法鉴定',           'Forensic appraisal',                        false),
    ('SOCIAL_SCIENCE_RESEARCH',  '社会科学研究',       'Social science research',                   false),
    ('NATURAL_SCIENCE_RESEARCH', '自然科学研究',       'Natural science research',                  false),
    ('LIBRARY',                  '图书资料',           'Libraries and documentation',               false),
    ('MASS_CULTURE',             '群众文化',           'Community culture',                         false),
    ('CULTURAL_HERITAGE',        '文物博物',           'Cultural heritage and museums',             false),
    ('SPORTS_COACH',             '体育教练员',         'Sports coaches',                            false),
    ('POLITICAL_WORK',           '政工',               'Political work',                            false);

INSERT INTO specialty (series_code, code, name_zh) VALUES
    -- 000 附件1-4, 001 附件1, 002 附件, 003 一(一)
    ('ENGINEERING', 'MECHATRONICS',               '机电制造'),
    ('ENGINEERING', 'INFORMATION_TECHNOLOGY',     '信息技术'),
    ('ENGINEERING', 'ENERGY',                     '能源'),
    ('ENGINEERING', 'MATERIALS',                  '材料'),
    ('ENGINEERING', 'LIGHT_TEXTILE',              '轻纺'),
    ('ENGINEERING', 'PETROCHEMICAL',              '石油和化学'),
    ('ENGINEERING', 'BUILDING_CONSTRUCTION',      '建筑施工'),
    ('ENGINEERING', 'BUILDING_DESIGN',            '建筑设计'),
    ('ENGINEERING', 'BUILDING_STRUCTURE',         '建筑结构'),
    ('ENGINEERING', 'BUILDING_ELECTRICAL',        '建筑电气（建筑智能化）'),
    ('ENGINEERING', 'BUILDING_DECORATION',        '建筑装饰'),
    ('ENGINEERING', 'HVAC',                       '暖通工程'),
    ('ENGINEERING', 'WATER_SUPPLY_DRAINAGE',      '给排水'),
    ('ENGINEERING', 'GEOTECHNICAL',               '岩土工程'),
    ('ENGINEERING', 'ENGINEERING_SURVEY',         '工程勘察'),
    ('ENGINEERING', 'GAS_ENGINEERING',            '燃气工程'),
    ('ENGINEERING', 'MUNICIPAL_ROADS',            '市政道路（桥梁）'),
    ('ENGINEERING', 'LANDSCAPE',                  '风景园林'),
    ('ENGINEERING', 'CONSTRUCTION_MANAGEMENT',    '建筑工程管理'),
    ('ENGINEERING', 'BUILDING_MATERIALS',         '建筑材料'),
    ('ENGINEERING', 'BUILDING_MACHINERY',         '建筑机械'),
    ('ENGINEERING', 'COST_ENGINEERING',           '工程造价'),
    ('ENGINEERING', 'TERMITE_CONTROL',            '白蚁防治'),
    ('ENGINEERING', 'PREFABRICATED_BUILDING',     '装配式建筑'),
    ('ENGINEERING', 'TRANSPORT',                  '交通运输工程'),
    ('ENGINEERING', 'WATER_CONSERVANCY',          '水利工程'),
    ('ENGINEERING', 'AGRICULTURAL_ENGINEERING',   '农业工程'),
    ('ENGINEERING', 'FORESTRY',                   '林业工程'),
    ('ENGINEERING', 'NATURAL_RESOURCES',          '自然资源'),
    ('ENGINEERING', 'ECO_ENVIRONMENT',            '生态环境'),
    ('ENGINEERING', 'BROADCASTING',               '广播电视'),
    ('ENGINEERING', 'QUALITY_INFRASTRUCTURE',     '质量技术基础'),
    ('ENGINEERING', 'EMERGENCY_SAFETY',           '应急管理与安全工程'),
    ('ENGINEERING', 'PHARMACEUTICAL_ENGINEERING', '医药工程'),
    ('ENGINEERING', 'EXPRESS_DELIVERY',           '快递工程'),
    ('ENGINEERING', 'GENERAL_ENGINEERING',        '工程技术（高技能人才参评）'),
    ('SCHOOL_TEACHER', 'SCHOOL_TEACHING',         '中小学（幼儿园）专任教师'),
    ('SCHOOL_TEACHER', 'SCHOOL_SUPPORT',          '教辅、管理人员'),
    ('VOCATIONAL_TEACHER', 'VOCATIONAL_GENERAL_COURSES',  '文化课'),
    ('VOCATIONAL_TEACHER', 'VOCATIONAL_SPECIAL_COURSES',  '专业课'),
    ('VOCATIONAL_TEACHER', 'VOCATIONAL_PRACTICE',         '实习指导课'),
    ('PARTY_SCHOOL_TEACHER', 'PHILOSOPHY',        '哲学'),
    ('PARTY_SCHOOL_TEACHER', 'POLITICAL_SCIENCE', '政治学'),
    ('PARTY_SCHOOL_TEACHER', 'ECONOMIC_THEORY',   '经济学'),
    ('EXPERIMENT', 'LABORATORY',                  '实验技术'),
    ('HEALTH', 'MEDICINE',                        '医疗（含中医）'),
    ('HEALTH', 'PHARMACY',                        '药学'),
    ('HEALTH', 'NURSING',                         '护理'),
    ('HEALTH', 'MEDICAL_TECHNOLOGY',              '医疗技术'),
    ('AGRICULTURE', 'AGRONOMY',                   '农学'),
    ('AGRICULTURE', 'HORTICULTURE',               '园艺'),
    ('AGRICULTURE', 'PLANT_PROTECTION',           '植保'),
    ('AGRICULTURE', 'SOIL_FERTILIZER',            '土肥'),
    ('AGRICULTURE', 'ANIMAL_HUSBANDRY',           '畜牧'),
    ('AGRICULTURE', 'VETERINARY',                 '兽医'),
    ('AGRICULTURE', 'AQUACULTURE',                '水产'),
    ('AGRICULTURE', 'AGRI_PRODUCT_QUALITY',       '农产品加工与质量安全'),
    ('ECONOMICS', 'ECONOMICS_GENERAL',            '经济'),
    ('ECONOMICS', 'INTELLECTUAL_PROPERTY',        '知识产权'),
    ('ECONOMICS', 'HUMAN_RESOURCES',              '人力资源管理'),
    ('ACCOUNTING', 'ACCOUNTING_GENERAL',          '会计'),
    ('AUDIT', 'AUDIT_GENERAL',                    '审计'),
    ('STATISTICS', 'STATISTICS_GENERAL',          '统计'),
    ('PUBLISHING', 'PUBLISHING_GENERAL',          '出版'),
    ('TRANSLATION', 'TRANSLATION_GENERAL',        '翻译'),
    ('ARCHIVES', 'ARCHIVES_GENERAL',              '档案'),
    ('COMPUTER_SOFTWARE', 'SOFTWARE',             '计算机软件'),
    ('ART', 'PERFORMANCE',                        '演员、演奏员'),
    ('ART', 'CREATION',                           '编剧、导演、作曲、作词'),
    ('ART', 'CONDUCTING',                         '指挥'),
    ('ART', 'STAGE_ART',                          '舞台美术设计、舞台技术、演出监督'),
    ('ART', 'RECORDING_EDITING',                  '摄影、录音、剪辑'),
    ('ART', 'FINE_ARTS',                          '书法、篆刻、雕塑、绘画、美术馆管理'),
    ('ART', 'ART_DESIGN',                         '艺术设计、动漫游戏设计'),
    ('CRAFTS_ART', 'TRADITIONAL_CRAFTS',          '传统工艺美术'),
    ('CRAFTS_ART', 'CREATIVE_DESIGN',             '创意设计'),
    ('NEWS', 'JOURNALISM',                        '新闻'),
    ('LAWYER', 'LAW_PRACTICE',                    '律师'),
    ('NOTARY', 'NOTARIZATION',                    '公证'),
    ('FORENSIC', 'FORENSIC_APPRAISAL',            '司法鉴定'),
    ('FORENSIC', 'FORENSIC_MEDICINE',             '法医'),
    ('SOCIAL_SCIENCE_RESEARCH', 'SOCIAL_SCIENCE', '社会科学研究'),
    ('NATURAL_SCIENCE_RESEARCH', 'NATURAL_SCIENCE', '自然科学研究'),
    ('LIBRARY', 'LIBRARY_SCIENCE',                '图书资料'),
    ('MASS_CULTURE', 'MASS_CULTURE_WORK',         '群众文化'),
    ('CULTURAL_HERITAGE', 'MUSEOLOGY',            '文物博物'),
    ('SPORTS_COACH', 'COACHING',                  '体育教练'),
    ('POLITICAL_WORK', 'POLITICAL_WORK_GENERAL',  '政工');

-- Titles per series and level. Series whose titles follow one pattern per level are generated from the pattern.
INSERT INTO title (code, series_code, level_code, name_zh)
SELECT s.prefix || '_' || l.suffix, s.series, l.level, l.name_prefix || s.name_stem || l.name_suffix
FROM (VALUES
        ('ENGINEER',     'ENGINEERING', '工程师'),
        ('AGRONOMIST',   'AGRICULTURE', '农艺师'),
        ('HUSBANDRY',    'AGRICULTURE', '畜牧师'),
        ('VETERINARIAN', 'AGRICULTURE', '兽医师'),
        ('ECONOMIST',    'ECONOMICS',   '经济师'),
        ('ACCOUNTANT',   'ACCOUNTING',  '会计师'),
        ('AUDITOR',      'AUDIT',       '审计师'),
        ('STATISTICIAN', 'STATISTICS',  '统计师'),
        ('CRAFTS_ARTIST','CRAFTS_ART',  '工艺美术师'),
        ('POLITICAL_OFFICER', 'POLITICAL_WORK', '政工师'),
        ('LAB_TECHNICIAN', 'EXPERIMENT', '实验师')
     ) AS s (prefix, series, name_stem)
CROSS JOIN (VALUES
        ('ASSISTANT',   'ASSISTANT_JUNIOR', '助理', ''),
        ('INTERMEDIATE','INTERMEDIATE',     '',     ''),
        ('SENIOR',      'DEPUTY_SENIOR',    '高级', ''),
        ('FULL_SENIOR', 'FULL_SENIOR',      '正高级', '')
     ) AS l (suffix, level, name_prefix, name_suffix);

-- graded series: 四级 (assistant) … 一级 (full senior)
INSERT INTO title (code, series_code, level_code, name_zh)
SELECT s.prefix || '_' || l.suffix, s.series, l.level, l.grade || s.name_stem
FROM (VALUES
        ('LAWYER',            'LAWYER',      '律师'),
        ('NOTARY',            'NOTARY',      '公证员'),
        ('ACTOR',             'ART',         '演员'),
        ('MUSICIAN',          'ART',         '演奏员'),
        ('SCREENWRITER',      'ART',         '编剧'),
        ('DIRECTOR',          'ART',         '导演（编导）'),
        ('COMPOSER',          'ART',         '作曲'),
        ('LYRICIST',          'ART',         '作词'),
        ('CONDUCTOR',         'ART',         '指挥'),
        ('LITERARY_EDITOR',   'ART',         '文学编辑'),
        ('STAGE_DESIGNER',    'ART',         '舞美设计师'),
        ('STAGE_ART_DESIGNER','ART',         '舞台美术设计'),
        ('STAGE_TECHNICIAN',  'ART',         '舞台技术人员'),
        ('STAGE_MANAGER',     'ART',         '舞台监督'),
        ('PHOTOGRAPHER',      'ART',         '摄影（摄像）师'),
        ('SOUND_ENGINEER',    'ART',         '录音师'),
        ('FILM_EDITOR',       'ART',         '剪辑师'),
        ('FINE_ARTIST',       'ART',         '美术师'),
        ('ART_DESIGNER',      'ART',         '美术设计师')
     ) AS s (prefix, series, name_stem)
CROSS JOIN (VALUES
        ('GRADE_4', 'ASSISTANT_JUNIOR', '四级'),
        ('GRADE_3', 'INTERMEDIATE',     '三级'),
        ('GRADE_2', 'DEPUTY_SENIOR',    '二级'),
        ('GRADE_1', 'FULL_SENIOR',      '一级')
     ) AS l (suffix, level, grade);

-- librarian-style series share the 馆员 ladder
INSERT INTO title (code, series_code, level_code, name_zh)
SELECT s.prefix || '_' || l.suffix, s.series, l.level, l.name_zh
FROM (VALUES
        ('LIBRARIAN',    'LIBRARY'),
        ('MASS_CULTURE', 'MASS_CULTURE'),
        ('MUSEOLOGIST',  'CULTURAL_HERITAGE'),
        ('ARCHIVIST',    'ARCHIVES')
     ) AS s (prefix, series)
CROSS JOIN (VALUES
        ('ASSISTANT',    'ASSISTANT_JUNIOR', '助理馆员'),
        ('INTERMEDIATE', 'INTERMEDIATE',     '馆员'),
        ('SENIOR',       'DEPUTY_SENIOR',    '副研究馆员'),
        ('FULL_SENIOR',  'FULL_SENIOR',      '研究馆员')
     ) AS l (suffix, level, name_zh);

-- research series: 研究实习员 … 研究员 (助理研究员 is intermediate, 000 附件1 row 4)
INSERT INTO title (code, series_code, level_code, name_zh)
SELECT s.prefix || '_' || l.suffix, s.series, l.level, l.name_zh
FROM (VALUES
        ('SOCIAL_RESEARCHER',  'SOCIAL_SCIENCE_RESEARCH'),
        ('NATURAL_RESEARCHER', 'NATURAL_SCIENCE_RESEARCH')
     ) AS s (prefix, series)
CROSS JOIN (VALUES
        ('INTERN',       'ASSISTANT_JUNIOR', '研究实习员'),
        ('ASSISTANT',    'INTERMEDIATE',     '助理研究员'),
        ('ASSOCIATE',    'DEPUTY_SENIOR',    '副研究员'),
        ('FULL',         'FULL_SENIOR',      '研究员')
     ) AS l (suffix, level, name_zh);

-- health: 士 / 师 / 主管(主治) / 副主任 / 主任 for physicians, pharmacists, nurses and technicians (000 附件1 row 2)
INSERT INTO title (code, series_code, level_code, name_zh) VALUES
    ('PHYSICIAN_CLERK',        'HEALTH', 'CLERK_JUNIOR',     '医士'),
    ('PHYSICIAN_ASSISTANT',    'HEALTH', 'ASSISTANT_JUNIOR', '医师'),
    ('PHYSICIAN_INTERMEDIATE', 'HEALTH', 'INTERMEDIATE',     '主治医师'),
    ('PHYSICIAN_SENIOR',       'HEALTH', 'DEPUTY_SENIOR',    '副主任医师'),
    ('PHYSICIAN_FULL_SENIOR',  'HEALTH', 'FULL_SENIOR',      '主任医师'),
    ('TCM_PHYSICIAN_SENIOR',   'HEALTH', 'DEPUTY_SENIOR',    '副主任中医师'),
    ('TCM_PHYSICIAN_FULL_SENIOR', 'HEALTH', 'FULL_SENIOR',   '主任中医师'),
    ('PHARMACIST_CLERK',       'HEALTH', 'CLERK_JUNIOR',     '药士'),
    ('PHARMACIST_ASSISTANT',   'HEALTH', 'ASSISTANT_JUNIOR', '药师'),
    ('PHARMACIST_INTERMEDIATE','HEALTH', 'INTERMEDIATE',     '主管药师'),
    ('PHARMACIST_SENIOR',      'HEALTH', 'DEPUTY_SENIOR',    '副主任药师'),
    ('PHARMACIST_FULL_SENIOR', 'HEALTH', 'FULL_SENIOR',      '主任药师'),
    ('NURSE_CLERK',            'HEALTH', 'CLERK_JUNIOR',     '护士'),
    ('NURSE_ASSISTANT',        'HEALTH', 'ASSISTANT_JUNIOR', '护师'),
    ('NURSE_INTERMEDIATE',     'HEALTH', 'INTERMEDIATE',     '主管护师'),
    ('NURSE_SENIOR',           'HEALTH', 'DEPUTY_SENIOR',    '副主任护师'),
    ('NURSE_FULL_SENIOR',      'HEALTH', 'FULL_SENIOR',      '主任护师'),
    ('MEDTECH_CLERK',          'HEALTH', 'CLERK_JUNIOR',     '技士'),
    ('MEDTECH_ASSISTANT',      'HEALTH', 'ASSISTANT_JUNIOR', '技师'),
    ('MEDTECH_INTERMEDIATE',   'HEALTH', 'INTERMEDIATE',     '主管技师'),
    ('MEDTECH_SENIOR',         'HEALTH', 'DEPUTY_SENIOR',    '副主任技师'),
    ('MEDTECH_FULL_SENIOR',    'HEALTH', 'FULL_SENIOR',      '主任技师'),
    -- school teachers: 三级 … 正高级教师 (000 附件1 row 1, 附件2 row 2)
    ('TEACHER_CLERK',          'SCHOOL_TEACHER', 'CLERK_JUNIOR',     '三级教师'),
    ('TEACHER_ASSISTANT',      'SCHOOL_TEACHER', 'ASSISTANT_JUNIOR', '二级教师'),
    ('TEACHER_INTERMEDIATE',   'SCHOOL_TEACHER', 'INTERMEDIATE',     '一级教师'),
    ('TEACHER_SENIOR',         'SCHOOL_TEACHER', 'DEPUTY_SENIOR',    '高级教师'),
    ('TEACHER_FULL_SENIOR',    'SCHOOL_TEACHER', 'FULL_SENIOR',      '正高级教师'),
    ('LAB_TECHNICIAN_CLERK',   'EXPERIMENT',     'CLERK_JUNIOR',     '实验员'),
    -- secondary vocational schools (002 附件 row 18)
    ('VOCATIONAL_LECTURER_ASSISTANT',   'VOCATIONAL_TEACHER', 'ASSISTANT_JUNIOR', '助理讲师'),
    ('VOCATIONAL_LECTURER_INTERMEDIATE','VOCATIONAL_TEACHER', 'INTERMEDIATE',     '讲师'),
    ('VOCATIONAL_LECTURER_SENIOR',      'VOCATIONAL_TEACHER', 'DEPUTY_SENIOR',    '高级讲师'),
    ('VOCATIONAL_LECTURER_FULL_SENIOR', 'VOCATIONAL_TEACHER', 'FULL_SENIOR',      '正高级讲师'),
    ('PRACTICE_INSTRUCTOR_SENIOR',      'VOCATIONAL_TEACHER', 'DEPUTY_SENIOR',    '高级实习指导教师'),
    -- party schools (000 附件1 row 6, 002 附件 row 9)
    ('PARTY_SCHOOL_TEACHING_ASSISTANT', 'PARTY_SCHOOL_TEACHER', 'ASSISTANT_JUNIOR', '助教'),
    ('PARTY_SCHOOL_LECTURER',           'PARTY_SCHOOL_TEACHER', 'INTERMEDIATE',     '讲师（党校）'),
    ('PARTY_SCHOOL_ASSOCIATE_PROFESSOR','PARTY_SCHOOL_TEACHER', 'DEPUTY_SENIOR',    '副教授'),
    ('PARTY_SCHOOL_PROFESSOR',          'PARTY_SCHOOL_TEACHER', 'FULL_SENIOR',      '教授'),
    -- engineering and crafts also have a clerk level (技术员, 工艺美术员: 002 附件 row 2)
    ('ENGINEER_CLERK',         'ENGINEERING', 'CLERK_JUNIOR',  '技术员'),
    ('CRAFTS_ARTIST_CLERK',    'CRAFTS_ART',  'CLERK_JUNIOR',  '工艺美术员'),
    ('AGRI_EXTENSION_RESEARCHER', 'AGRICULTURE', 'FULL_SENIOR', '农业技术推广研究员'),
    ('IP_ENGINEER_SENIOR',     'ECONOMICS', 'DEPUTY_SENIOR', '高级知识产权师'),
    ('HR_MANAGER_SENIOR',      'ECONOMICS', 'DEPUTY_SENIOR', '高级人力资源管理师'),
    -- news and publishing (000 附件1 row 5, 002 附件 row 7)
    ('REPORTER_ASSISTANT',     'NEWS', 'ASSISTANT_JUNIOR', '助理记者'),
    ('REPORTER_INTERMEDIATE',  'NEWS', 'INTERMEDIATE',     '记者'),
    ('REPORTER_SENIOR',        'NEWS', 'DEPUTY_SENIOR',    '主任记者'),
    ('REPORTER_FULL_SENIOR',   'NEWS', 'FULL_SENIOR',      '高级记者'),
    ('NEWS_EDITOR_ASSISTANT',  'NEWS', 'ASSISTANT_JUNIOR', '助理编辑'),
    ('NEWS_EDITOR_INTERMEDIATE','NEWS', 'INTERMEDIATE',    '编辑'),
    ('NEWS_EDITOR_SENIOR',     'NEWS', 'DEPUTY_SENIOR',    '主任编辑'),
    ('NEWS_EDITOR_FULL_SENIOR','NEWS', 'FULL_SENIOR',      '高级编辑'),
    ('PUBLISHING_EDITOR_ASSISTANT',   'PUBLISHING', 'ASSISTANT_JUNIOR', '助理编辑'),
    ('PUBLISHING_EDITOR_INTERMEDIATE','PUBLISHING', 'INTERMEDIATE',     '编辑'),
    ('PUBLISHING_EDITOR_SENIOR',      'PUBLISHING', 'DEPUTY_SENIOR',    '副编审'),
    ('PUBLISHING_EDITOR_FULL_SENIOR', 'PUBLISHING', 'FULL_SENIOR',      '编审'),
    -- forensic appraisal (000 附件1 row 16)
    ('FORENSIC_APPRAISER_INTERMEDIATE', 'FORENSIC', 'INTERMEDIATE',  '中级司法鉴定人'),
    ('FORENSIC_APPRAISER_SENIOR',       'FORENSIC', 'DEPUTY_SENIOR', '高级司法鉴定人'),
    ('FORENSIC_PATHOLOGIST_INTERMEDIATE','FORENSIC', 'INTERMEDIATE', '主检法医师'),
    ('FORENSIC_PATHOLOGIST_SENIOR',     'FORENSIC', 'DEPUTY_SENIOR', '副主任法医师'),
    ('FORENSIC_PATHOLOGIST_FULL_SENIOR','FORENSIC', 'FULL_SENIOR',   '主任法医师'),
    -- sports coaches (000 附件1 row 32)
    ('COACH_ASSISTANT',        'SPORTS_COACH', 'ASSISTANT_JUNIOR', '初级教练'),
    ('COACH_INTERMEDIATE',     'SPORTS_COACH', 'INTERMEDIATE',     '中级教练'),
    ('COACH_SENIOR',           'SPORTS_COACH', 'DEPUTY_SENIOR',    '高级教练'),
    ('COACH_FULL_SENIOR',      'SPORTS_COACH', 'FULL_SENIOR',      '国家级教练'),
    -- translation is graded one step higher than lawyers: 三级翻译 is the assistant level
    ('TRANSLATOR_GRADE_3',     'TRANSLATION', 'ASSISTANT_JUNIOR', '三级翻译'),
    ('TRANSLATOR_GRADE_2',     'TRANSLATION', 'INTERMEDIATE',     '二级翻译'),
    ('TRANSLATOR_GRADE_1',     'TRANSLATION', 'DEPUTY_SENIOR',    '一级翻译'),
    ('TRANSLATOR_FULL_SENIOR', 'TRANSLATION', 'FULL_SENIOR',      '译审');

-- ---------------------------------------------------------------------------------------------------------------
-- Evaluation plans
-- ---------------------------------------------------------------------------------------------------------------

CREATE TABLE plan (
    id           uuid         PRIMARY KEY,
    year         int          NOT NULL,
    region       varchar(12)  NOT NULL,
    category     varchar(30)  NOT NULL,
    title        varchar(200) NOT NULL,
    status       varchar(20)  NOT NULL,
    -- optimistic lock, exposed as the ETag
    version      int          NOT NULL,
    created_by   varchar(120) NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    published_at timestamptz,
    closed_at    timestamptz
);

CREATE INDEX plan_region_status ON plan (region, status);
CREATE INDEX plan_year ON plan (year);

CREATE TABLE plan_item (
    id                     uuid         PRIMARY KEY,
    plan_id                uuid         NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position               int          NOT NULL,
    committee_name         varchar(200) NOT NULL,
    committee_id           uuid,
    evaluated_titles       text[]       NOT NULL,
    recommended_titles     text[]       NOT NULL,
    specialties            text[]       NOT NULL,
    acceptance_scope       varchar(500),
    -- as the notice writes them ("11 月", "8 月下旬", "9 月 30 日前", "按省高评委评审计划另定")
    expected_evaluation    varchar(100),
    material_deadline      varchar(100),
    application_deadline   date         NOT NULL,
    receiving_unit         varchar(200),
    phone                  varchar(100),
    remarks                varchar(500),
    CONSTRAINT plan_item_position UNIQUE (plan_id, position)
);

CREATE TABLE plan_history (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id     uuid         NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    action      varchar(30)  NOT NULL,
    from_status varchar(20),
    to_status   varchar(20)  NOT NULL,
    actor       varchar(120) NOT NULL,
    reason      varchar(1000),
    occurred_at timestamptz  NOT NULL
);

CREATE INDEX plan_history_plan ON plan_history (plan_id, id);
