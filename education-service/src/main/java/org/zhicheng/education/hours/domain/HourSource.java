package org.zhicheng.education.hours.domain;

/**
 * Where hours come from: the registration system (登记系统) that holds them, the training provider, the course and the
 * certificate number (学时证明编号), which identifies one completed course across the whole ledger.
 */
public record HourSource(String system, String provider, String course, String certificateNumber) {
}
