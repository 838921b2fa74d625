package org.zhicheng.starter.security;

import java.util.Set;

/** The realm roles of Keycloak realm {@code zhicheng}, as they appear in {@code realm_access.roles}. */
public final class Roles {

    /** 专业技术人员: keeps an archive, applies, objects. */
    public static final String APPLICANT = "applicant";
    /** 用人单位: the unit's HR desk. */
    public static final String EMPLOYER = "employer";
    /** 行业主管部门: competent industry department. */
    public static final String DEPARTMENT = "department";
    /** 评委会办公室: office of an evaluation committee. */
    public static final String COMMITTEE_OFFICE = "committee-office";
    /** 人力社保局: HR and social-security bureau of a region. */
    public static final String HR_BUREAU = "hr-bureau";
    /** 评审专家: member of an expert pool. */
    public static final String EXPERT = "expert";
    /** The provincial platform, a machine client. */
    public static final String PLATFORM = "platform";
    /** Operators of this system. */
    public static final String ADMIN = "admin";
    /**
     * Another Zhicheng service calling with its client-credentials token: the realm gives this role to the service
     * accounts of the five service clients and to nobody else, so a service's call is told from a person's by the
     * role, and from another service's by {@link ZhichengPrincipal#isServiceAccountOf}.
     */
    public static final String SERVICE = "service";

    /** The roles of the platform's people and the provincial platform (not {@link #SERVICE}). */
    public static final Set<String> ALL = Set.of(APPLICANT, EMPLOYER, DEPARTMENT, COMMITTEE_OFFICE, HR_BUREAU, EXPERT,
            PLATFORM, ADMIN);

    private Roles() {
    }
}
