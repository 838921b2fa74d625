/**
 * The publicity (公示) as a state machine and the rules it keeps: how long it runs on the working-day calendar, that
 * it never closes early, that it closes only once every objection raised during it is answered, and that it shows no
 * more personal data than the notices do. No Spring, no clock: the caller passes the time.
 */
package org.zhicheng.notification.publicity.domain;
