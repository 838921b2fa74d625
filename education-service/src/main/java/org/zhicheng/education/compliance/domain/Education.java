package org.zhicheng.education.compliance.domain;

/** Highest education, lowest first: 中专, 大专, 本科, 硕士 (研究生), 博士. */
public enum Education {
    SECONDARY,
    COLLEGE,
    BACHELOR,
    MASTER,
    DOCTOR
}
