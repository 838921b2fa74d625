package org.zhicheng.notification.publicity.domain;

/** How a publicity ended, from the objections raised during it. */
public enum PublicityOutcome {
    /** 公示无异议: nobody objected. */
    NO_OBJECTIONS,
    /** Objections were raised and answered; none was upheld. */
    OBJECTIONS_NOT_UPHELD,
    /** At least one objection was upheld: the subjects it concerns are for the workflow to act on. */
    OBJECTIONS_UPHELD
}
