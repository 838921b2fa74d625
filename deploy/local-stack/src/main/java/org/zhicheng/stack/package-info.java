/**
 * The local stack: the whole platform on one machine without Docker. {@link org.zhicheng.stack.LocalStack} starts
 * PostgreSQL, Kafka, Keycloak and the mail server (from {@code embedded-infra}), then the five services and the
 * gateway as separate {@code java -jar} processes, and stops them all again; the root {@code ./stack} script runs
 * it, the end-to-end tests call {@link org.zhicheng.stack.LocalStack#start(StackOptions)}.
 */
package org.zhicheng.stack;
