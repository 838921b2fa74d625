/**
 * A tiny service used only by the starter's own integration tests: it depends on the starter exactly as a real
 * service does (a create with an outbox event, a listener applying events through the inbox, public and role-guarded
 * endpoints). Not part of the test-jar.
 */
package org.zhicheng.starter.testapp;
