/**
 * Committees (评委会): registration (idempotent by name within a territory, so plan imports can register by name),
 * public reading, suspension and reinstatement of evaluation rights by the HR bureau (001 四), and the public
 * {@link org.zhicheng.committee.committee.Committees} / {@link org.zhicheng.committee.committee.CommitteeScope}
 * components the pool, meeting and draw features use to find a committee and check who acts for it.
 */
package org.zhicheng.committee.committee;
