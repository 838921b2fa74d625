/**
 * The plan aggregate as a state machine, its items, the rules from the seed notices as named objects, and the events
 * a plan emits. No Spring, no infrastructure.
 */
package org.zhicheng.plan.plan.domain;
