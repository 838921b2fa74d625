package org.zhicheng.committee.draw.domain;

/**
 * 000 三(一): in special cases, with the HR bureau's consent, individual experts may be picked by name (应急抽取), at
 * most 30 % of the panel. Compared in integers, {@code 100 × picks ≤ percent × panelSize}: 3 of 9 (33 %) is refused,
 * 3 of 11 (27 %) allowed. Codes {@code draw.emergency-over-limit} (picks, panel size, percent) and
 * {@code draw.emergency-consent-missing}.
 */
public final class EmergencyPicksAtMostThirtyPercent {

    public static final String RULE = "000-三(一)";
    public static final String OVER_LIMIT_CODE = "draw.emergency-over-limit";
    public static final String CONSENT_CODE = "draw.emergency-consent-missing";

    private final int percent;

    /** @param percent the largest share of the panel picked by name ({@code zhicheng.committee.rules.emergency-percent}) */
    public EmergencyPicksAtMostThirtyPercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("the emergency percent must be 0-100");
        }
        this.percent = percent;
    }

    /**
     * Refuses a pick without an HR consent reference, or one after which {@code picksAfter} emergency picks would
     * sit on a panel of {@code panelSize}.
     */
    public void check(int picksAfter, int panelSize, String hrConsentReference) {
        if (hrConsentReference == null || hrConsentReference.isBlank()) {
            throw new DrawRefused(CONSENT_CODE, RULE);
        }
        if (100L * picksAfter > (long) percent * panelSize) {
            throw new DrawRefused(OVER_LIMIT_CODE, RULE, picksAfter, panelSize, percent);
        }
    }

    public int percent() {
        return percent;
    }
}
