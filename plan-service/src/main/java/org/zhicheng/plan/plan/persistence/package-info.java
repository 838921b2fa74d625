/** Stores plans, their items and their history in PostgreSQL with {@code JdbcClient}; optimistic locking by version. */
package org.zhicheng.plan.plan.persistence;
