/**
 * Publicities (公示): opened for an application, a list of applications or a meeting's results by the party the
 * notices name (the unit's HR desk, the committee office), run for at least five working days on the statutory
 * calendar, read by anyone, closed by themselves at the end of their last working day once every objection raised
 * during them is answered. Emits {@code PublicityStarted} and {@code PublicityClosed}.
 */
package org.zhicheng.notification.publicity;
