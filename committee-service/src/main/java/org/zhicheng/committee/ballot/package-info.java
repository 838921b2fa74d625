/**
 * Ballots and minutes: opening a meeting, the sign-in and the quorum, the secret ballot of attending panelists, the
 * chair's closing and the immutable minutes, each expert's own receipts. Storage keeps who voted apart from how.
 */
package org.zhicheng.committee.ballot;
