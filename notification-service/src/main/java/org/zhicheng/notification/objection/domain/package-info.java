/**
 * An objection or complaint (异议、投诉举报) against a publicity as a state machine: registered with a tracking number
 * and assigned to the publicity's opener, investigated (notes: who, when, what), answered (upheld, not upheld, outside
 * the scope) with an answer the raiser reads. No Spring, no clock.
 */
package org.zhicheng.notification.objection.domain;
