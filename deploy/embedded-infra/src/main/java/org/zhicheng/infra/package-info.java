/**
 * Real infrastructure started from Maven artifacts on 127.0.0.1 without Docker: PostgreSQL (zonky embedded
 * binaries), a single-node Kafka broker (KRaft, in a child JVM), Keycloak (its distribution zip) and an SMTP/IMAP
 * mail server (GreenMail, in this JVM, messages in memory). Tests use temporary directories and free ports; the
 * local stack keeps data in fixed directories on fixed ports.
 */
package org.zhicheng.infra;
