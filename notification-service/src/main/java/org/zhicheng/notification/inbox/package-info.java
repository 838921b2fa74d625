/**
 * The inbox (站内消息): what awaits each person, unit desk, committee office and HR bureau, or happened to them, fed by
 * the events of the platform and by this service's own publicities and objections. Each notice is addressed to an
 * {@link org.zhicheng.notification.inbox.Address}, read by the holders of that address only, rendered in the reader's
 * language from templates (zh-CN, en as fallback), and handed to the deliveries (e-mail, SMS) in the same
 * transaction.
 */
package org.zhicheng.notification.inbox;
