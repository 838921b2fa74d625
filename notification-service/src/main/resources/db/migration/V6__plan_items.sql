-- The published plan items this service watches for their committee offices: the individual application deadline,
-- changed by PlanDeadlineChanged, reminded a few working days ahead.
CREATE TABLE plan_item (
    item_id        uuid         PRIMARY KEY,
    plan_id        uuid         NOT NULL,
    plan_year      integer      NOT NULL,
    plan_title     varchar(300) NOT NULL,
    region         varchar(12)  NOT NULL,
    committee_id   uuid,
    committee_name varchar(300) NOT NULL,
    deadline       date,
    -- ITEM: the item's own deadline; PLAN: the plan's individual application stage (003 二(二))
    deadline_from  varchar(10),
    closed         boolean      NOT NULL DEFAULT false,
    -- the deadline a reminder was sent for (a moved deadline is reminded again)
    reminded_for   date
);

CREATE INDEX plan_item_of_plan ON plan_item (plan_id);
CREATE INDEX plan_item_deadline ON plan_item (deadline) WHERE NOT closed;
