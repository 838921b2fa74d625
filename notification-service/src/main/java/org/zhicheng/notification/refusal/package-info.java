/**
 * How the service's domains say no: a {@link org.zhicheng.notification.refusal.Refusal} names a stable code, the
 * rule of the notice behind it and the message arguments; {@link org.zhicheng.notification.refusal.RefusalAdvice}
 * answers it as a problem detail. A refused call changes nothing.
 */
package org.zhicheng.notification.refusal;
