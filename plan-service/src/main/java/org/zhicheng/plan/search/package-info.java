/**
 * The portals' anonymous search over the items of published plans ({@code GET /api/v1/plan-items}): one SQL query
 * over {@code plan_item}, whose copies of the plan's year, region and state, and whose series and level arrays
 * (derived from the titles), let every filter use an index. Also one item of a published or closed plan by its id
 * ({@code GET /api/v1/plan-items/{id}}), for services that keep a copy of published items and miss one.
 */
package org.zhicheng.plan.search;
