package org.zhicheng.plan.plan.domain;

/** The kinds of annual plan a region publishes (000 附件1–4, 001 初定). */
public enum PlanCategory {
    /** Regular committees (000 附件1). */
    REGULAR,
    /** Committees with delegated evaluation authority, 下放评审权限 (000 附件2). */
    DELEGATED,
    /** Socialized evaluation by industry associations, 社会化评价 (000 附件3). */
    SOCIALIZED,
    /** Self-evaluation by private industrial enterprises, 民营工业企业 (000 附件4). */
    PRIVATE_INDUSTRIAL,
    /** Quarterly initial-certification batches, 初定 (001). */
    INITIAL_CERTIFICATION
}
