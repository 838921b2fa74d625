package org.zhicheng.committee.committee.domain;

/** How a committee holds its evaluation authority. */
public enum CommitteeKind {
    /** A regular committee of a region (000 附件1). */
    REGULAR,
    /** A committee with delegated evaluation authority, 下放评审权限 (000 附件2). */
    DELEGATED,
    /** Socialized evaluation by an industry association, 社会化评价 (000 附件3). */
    SOCIALIZED,
    /** An enterprise or unit with self-evaluation rights, 自主评聘 (000 附件4, 001 五(三)). */
    SELF_EVALUATING
}
