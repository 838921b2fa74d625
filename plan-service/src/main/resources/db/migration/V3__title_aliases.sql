-- Alternative names of titles as the notices print them (issue 3, import). The importer reads a name as its title
-- when the name (after the importer's normalisation of brackets and spaces) is an alias; the admin maintains the
-- list through /api/v1/catalog/title-aliases. An alias names exactly one title: names several series share are
-- settled by the importer's series rules, never by an alias.
CREATE TABLE title_alias (
    alias      varchar(120) PRIMARY KEY,
    title_code varchar(60)  NOT NULL REFERENCES title (code) ON DELETE CASCADE,
    note       varchar(300)
);

CREATE INDEX title_alias_title ON title_alias (title_code);

INSERT INTO title_alias (alias, title_code, note) VALUES
    -- the same cell lists 三级舞台美术设计 separately, so 舞美设计(设计) is the stage-design (舞美设计师) title
    ('三级舞美设计（设计）', 'STAGE_DESIGNER_GRADE_3', '000 附件1 第28行 艺术中评委'),
    ('三级舞美设计', 'STAGE_DESIGNER_GRADE_3', '000 附件1 第28行 艺术中评委'),
    -- 002 row 13 writes 舞美设计师 and 舞台技师 inside 三级和四级编剧（…）: the catalog's 舞台技术人员
    ('三级舞台技师', 'STAGE_TECHNICIAN_GRADE_3', '002 第13行 艺术系列中评委'),
    ('四级舞台技师', 'STAGE_TECHNICIAN_GRADE_4', '002 第13行 艺术系列中评委'),
    ('二级舞台技师', 'STAGE_TECHNICIAN_GRADE_2', '002 第13行 艺术系列中评委'),
    ('一级舞台技师', 'STAGE_TECHNICIAN_GRADE_1', '002 第13行 艺术系列中评委');
