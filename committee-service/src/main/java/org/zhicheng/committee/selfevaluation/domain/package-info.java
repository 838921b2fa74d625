/**
 * Units with self-evaluation rights (自主评聘单位), as a pure domain: what they must file with the competent department
 * and the HR bureau and by when (three-year plan, annual scheme, meeting reports, annual summary), and which filings
 * are overdue, to be flagged to the HR bureau. No Spring, no infrastructure; the caller passes today's date.
 */
package org.zhicheng.committee.selfevaluation.domain;
