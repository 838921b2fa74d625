/**
 * Test fixtures every service's integration tests use (shipped in the starter's test-jar): {@link
 * org.zhicheng.starter.test.ZhichengServiceTest} starts the application on real PostgreSQL and Kafka with a JWKS
 * stub; {@link org.zhicheng.starter.test.TestUsers} and {@link org.zhicheng.starter.test.TestTokens} make the
 * callers and their signed tokens.
 */
package org.zhicheng.starter.test;
