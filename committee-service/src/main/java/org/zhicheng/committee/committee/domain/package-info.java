/**
 * The committee aggregate (评委会) without Spring: what it evaluates and recommends, where, and the state machine of
 * its evaluation rights (active ⇄ suspended, 001 四).
 */
package org.zhicheng.committee.committee.domain;
