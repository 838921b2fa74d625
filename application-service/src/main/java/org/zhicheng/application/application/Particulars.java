package org.zhicheng.application.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the applicant states beside the archive, as the route and the rules ask for it. All optional; the rules say
 * which one their case needs.
 *
 * @param selfScore          the quantitative self-score (量化评价自评分, QUANTITATIVE, 003 二)
 * @param entrustmentLetter  an evidence file of the applicant's: the entrustment letter (委托评审函, 002 二(一))
 * @param postApproval       the approved post's reference (核岗, public institutions, 000 三(二))
 * @param postApprovedOn     the day the post was approved
 * @param majorMatches       whether the graduate's major matches the specialty (初定, 000 二(三)); null: not stated
 * @param grounds            the grounds of an exceptional or case-by-case application (破格、一事一议)
 * @param appointmentProof   an evidence file: the appointment to the qualification's post (QUALIFICATION_DIRECT)
 */
public record Particulars(Integer selfScore, UUID entrustmentLetter, String postApproval, LocalDate postApprovedOn,
        Boolean majorMatches, String grounds, UUID appointmentProof) {

    public static final Particulars NONE = new Particulars(null, null, null, null, null, null, null);
}
