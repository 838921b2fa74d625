package org.zhicheng.application.archive.domain;

/** Education levels, lowest first (their order is compared: "bachelor or higher"). */
public enum Degree {
    HIGH_SCHOOL,
    /** 中专 */
    TECHNICAL_SECONDARY,
    /** 大专 */
    JUNIOR_COLLEGE,
    BACHELOR,
    MASTER,
    DOCTORATE;

    public boolean atLeast(Degree other) {
        return compareTo(other) >= 0;
    }
}
