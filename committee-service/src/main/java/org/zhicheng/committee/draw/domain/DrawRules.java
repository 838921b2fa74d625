package org.zhicheng.committee.draw.domain;

/** The rules a draw and its steps must pass, handed to {@link PanelDraw} by the use case. */
public final class DrawRules {

    private final Eligibility eligibility = new Eligibility();
    private final PoolLargeEnough poolLargeEnough = new PoolLargeEnough();
    private final PanelSizeOdd panelSizeOdd;
    private final EmergencyPicksAtMostThirtyPercent emergencyPicks;

    public DrawRules() {
        this(DrawRuleSettings.SEED_NOTICES);
    }

    public DrawRules(DrawRuleSettings settings) {
        this.panelSizeOdd = new PanelSizeOdd(settings.minimumPanelSize());
        this.emergencyPicks = new EmergencyPicksAtMostThirtyPercent(settings.emergencyPercent());
    }

    public Eligibility eligibility() {
        return eligibility;
    }

    public PoolLargeEnough poolLargeEnough() {
        return poolLargeEnough;
    }

    public PanelSizeOdd panelSizeOdd() {
        return panelSizeOdd;
    }

    public EmergencyPicksAtMostThirtyPercent emergencyPicks() {
        return emergencyPicks;
    }
}
