/**
 * Objections and complaints (异议、投诉举报) against running publicities: raised by anyone (anonymous, named or signed
 * in, rate-limited at the gateway) with bounded attachments, registered with a tracking number and an access code
 * the raiser reads its state with, investigated and answered by the publicity's opener, supervised by the HR bureau.
 * Emits {@code ObjectionRaised} and {@code ObjectionResolved}; an answer that leaves a held publicity without open
 * objections closes it at once.
 */
package org.zhicheng.notification.objection;
