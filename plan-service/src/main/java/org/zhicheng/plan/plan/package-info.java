/**
 * Evaluation plans (评审计划): drafted by a committee office or HR bureau, approved and published by the HR bureau of
 * the plan's region, then closed. Split into {@code domain}, {@code persistence} and {@code web}; the use cases live
 * here.
 */
package org.zhicheng.plan.plan;
