/**
 * Telling the experts a panel draw selected (评审专家抽取通知). {@code PanelDrawn} names no expert on purpose, so the
 * event only queues the round; a worker asks committee-service (with this service's token) whom the round selected
 * and how to reach them, and puts a summons into each expert's inbox, with their profile's e-mail and mobile as the
 * contact unless they set their own. committee-service being down delays the summons, never loses it.
 */
package org.zhicheng.notification.panel;
