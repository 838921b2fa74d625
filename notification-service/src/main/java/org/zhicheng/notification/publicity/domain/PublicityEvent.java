package org.zhicheng.notification.publicity.domain;

/** What a publicity's transitions announce; written to the outbox with the change. */
public sealed interface PublicityEvent permits PublicityStarted, PublicityClosed {
}
