package org.zhicheng.committee.draw.domain;

/**
 * The numbers the draw's rules use, from configuration ({@code zhicheng.committee.rules.*}) so a new notice changes
 * settings, not code.
 *
 * @param minimumPanelSize the smallest panel ({@link PanelSizeOdd}); odd
 * @param emergencyPercent the largest share of a panel picked by name ({@link EmergencyPicksAtMostThirtyPercent})
 */
public record DrawRuleSettings(int minimumPanelSize, int emergencyPercent) {

    /** The values of the seed notices: panels of at least 5, emergency picks at most 30 % (000 三(一)). */
    public static final DrawRuleSettings SEED_NOTICES = new DrawRuleSettings(5, 30);
}
