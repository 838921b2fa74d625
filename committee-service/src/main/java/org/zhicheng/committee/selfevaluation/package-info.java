/**
 * Units with self-evaluation rights (自主评聘单位): the committee's office files the three-year plan, the year's scheme
 * and the summary (late filings accepted and marked late, re-filings kept as versions) and reports each meeting 5
 * working days ahead; a daily scan flags missing filings to the HR bureau once each and announces them
 * ({@code SelfEvaluationFilingOverdue}); a filing clears its flag. Rules in {@code domain}, numbers from
 * {@code zhicheng.committee.rules.self-evaluation.*}.
 */
package org.zhicheng.committee.selfevaluation;
