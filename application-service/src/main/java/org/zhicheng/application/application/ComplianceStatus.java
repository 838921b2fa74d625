package org.zhicheng.application.application;

/** Continuing-education compliance of an application, as education-service answered it. */
public enum ComplianceStatus {
    /** education-service could not be asked yet; asked again until it answers (the application is not blocked) */
    PENDING,
    COMPLIANT,
    NON_COMPLIANT
}
