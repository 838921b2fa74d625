/**
 * Times as the notices write them (预计评审时间, 接收材料截止时间, 启动/完成时间, 截止时间): the text kept as written and
 * a comparable date range, so rules and searches can compare what a notice only says in words. No Spring.
 */
package org.zhicheng.plan.plan.domain.schedule;
