/**
 * Who may apply where and how: one class per rule under {@code rules}, each citing its notice, evaluated together by
 * {@link org.zhicheng.application.eligibility.Eligibility}.
 */
package org.zhicheng.application.eligibility;
