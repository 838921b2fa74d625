/**
 * Experts (评审专家) and committee pools (专家库) without Spring: profiles, pool memberships with their term rule,
 * the pool change requests the HR bureau consents to (000 三(一)), conflicts of interest (回避) and discipline.
 */
package org.zhicheng.committee.expert.domain;
