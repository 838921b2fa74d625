/**
 * Plan service: the title catalog and the annual evaluation plans (评审计划) that regions publish; the source of the
 * {@code PlanPublished} and {@code PlanClosed} events on {@code zhicheng.plan.events}.
 */
package org.zhicheng.plan;
