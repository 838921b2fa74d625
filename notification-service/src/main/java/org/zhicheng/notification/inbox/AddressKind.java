package org.zhicheng.notification.inbox;

/** Who an inbox belongs to. */
public enum AddressKind {
    /** A person: an applicant or an expert (the token's {@code person}). */
    PERSON,
    /** A unit's desk: its HR desk (employer) or, for a competent department, the department (the token's {@code unit}). */
    UNIT,
    /** A committee's office (one of the token's {@code committees}). */
    COMMITTEE,
    /** The HR and social-security bureau of a region (the token's {@code region}). */
    HR_BUREAU
}
