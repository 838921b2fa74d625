/**
 * The hours ledger (学时台账): employers record hours of their unit's people and the platform pushes them; a correction
 * reverses an entry instead of editing it; each change leaves as {@code HoursRecorded} / {@code HoursReversed}
 * through the outbox. Reads are scoped: the applicant their own, an employer its unit's, an HR bureau its region's,
 * the platform all.
 */
package org.zhicheng.education.hours;
