-- Plan service, issue 3: catalog maintenance (active flags), the plan items as the notices describe them (times as
-- written and as date ranges, acceptance scope per level, exclusions, 申报对象), the plan's staged deadlines and
-- cut-off dates, the deadline changes approved after publication, and the columns and indexes of the portal search.

-- ---------------------------------------------------------------------------------------------------------------
-- Catalog: codes plans refer to are deactivated instead of removed
-- ---------------------------------------------------------------------------------------------------------------

ALTER TABLE series    ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE specialty ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE title     ADD COLUMN active boolean NOT NULL DEFAULT true;

-- ---------------------------------------------------------------------------------------------------------------
-- Plans
-- ---------------------------------------------------------------------------------------------------------------

ALTER TABLE plan
    -- 003 二(二): 网上个人申报 → 所在单位推荐 → 各地市评审（审核）推荐
    ADD COLUMN individual_deadline      date,
    ADD COLUMN unit_recommendation_deadline date,
    ADD COLUMN city_recommendation_deadline date,
    -- 003 一: 资历计算时间截止, 业绩等相关材料截止
    ADD COLUMN seniority_cut_off        date,
    ADD COLUMN achievements_cut_off     date,
    -- DELEGATED plans (000 附件2): the unit or region holding the delegated authority
    ADD COLUMN authority_holder         varchar(200);

ALTER TABLE plan_item
    ALTER COLUMN application_deadline DROP NOT NULL,
    ALTER COLUMN acceptance_scope TYPE varchar(500),
    -- "初级：市本级 中级：全市 高级：全市" (002) as level → scope, the text stays in acceptance_scope
    ADD COLUMN scope_by_level          jsonb        NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN expected_evaluation_kind varchar(40),
    ADD COLUMN expected_evaluation_from date,
    ADD COLUMN expected_evaluation_to   date,
    ADD COLUMN material_deadline_kind   varchar(40),
    ADD COLUMN material_deadline_from   date,
    ADD COLUMN material_deadline_to     date,
    ADD COLUMN exclusions              text[]       NOT NULL DEFAULT '{}',
    -- 申报对象 (001)
    ADD COLUMN applicants              varchar(500),
    -- SOCIALIZED plans (000 附件3): the association that runs the evaluation
    ADD COLUMN association             varchar(200),
    -- the portal search reads plan_item alone: the plan's year, region and state are copied here on every save
    -- (the repository keeps them in step), the series and levels derived from the item's titles, and the last day
    -- an individual may apply (see docs/api/plan-service.md, "Deadlines")
    ADD COLUMN plan_year               int,
    ADD COLUMN plan_region             varchar(12),
    ADD COLUMN plan_status             varchar(20),
    ADD COLUMN published_on            date,
    ADD COLUMN series                  text[]       NOT NULL DEFAULT '{}',
    ADD COLUMN levels                  text[]       NOT NULL DEFAULT '{}',
    ADD COLUMN effective_deadline      date;

UPDATE plan_item i
SET plan_year = p.year, plan_region = p.region, plan_status = p.status,
    published_on = (p.published_at AT TIME ZONE 'Asia/Shanghai')::date,
    effective_deadline = coalesce(i.application_deadline, make_date(p.year, 12, 31)),
    series = ARRAY(SELECT DISTINCT t.series_code FROM title t
                   WHERE t.code = ANY (i.evaluated_titles) OR t.code = ANY (i.recommended_titles)),
    levels = ARRAY(SELECT DISTINCT t.level_code FROM title t
                   WHERE t.code = ANY (i.evaluated_titles) OR t.code = ANY (i.recommended_titles))
FROM plan p WHERE p.id = i.plan_id;

ALTER TABLE plan_item
    ALTER COLUMN plan_year SET NOT NULL,
    ALTER COLUMN plan_region SET NOT NULL,
    ALTER COLUMN plan_status SET NOT NULL,
    ALTER COLUMN effective_deadline SET NOT NULL;

-- the search's order and its only mandatory filter (published); paging walks this index
CREATE INDEX plan_item_published_order ON plan_item (plan_year DESC, plan_region, plan_id, position)
    WHERE plan_status = 'PUBLISHED';
-- region: equality for the parents, prefix (LIKE '3306%') for the children
CREATE INDEX plan_item_published_region ON plan_item (plan_region varchar_pattern_ops)
    WHERE plan_status = 'PUBLISHED';
CREATE INDEX plan_item_published_deadline ON plan_item (effective_deadline, published_on)
    WHERE plan_status = 'PUBLISHED';
CREATE INDEX plan_item_committee ON plan_item (committee_id) WHERE committee_id IS NOT NULL;
-- array containment (@>) on the catalog codes
CREATE INDEX plan_item_specialties ON plan_item USING gin (specialties);
CREATE INDEX plan_item_series ON plan_item USING gin (series);
CREATE INDEX plan_item_levels ON plan_item USING gin (levels);
-- the catalog asks "does a plan use this code" before removing it
CREATE INDEX plan_item_evaluated_titles ON plan_item USING gin (evaluated_titles);
CREATE INDEX plan_item_recommended_titles ON plan_item USING gin (recommended_titles);
CREATE INDEX plan_item_plan ON plan_item (plan_id);

-- ---------------------------------------------------------------------------------------------------------------
-- History of deadline changes approved after publication (000 三(三))
-- ---------------------------------------------------------------------------------------------------------------

ALTER TABLE plan_history
    -- ITEM:<uuid> or STAGE:<stage>
    ADD COLUMN change_target      varchar(80),
    ADD COLUMN old_value          varchar(40),
    ADD COLUMN new_value          varchar(40),
    ADD COLUMN approval_reference varchar(200);
