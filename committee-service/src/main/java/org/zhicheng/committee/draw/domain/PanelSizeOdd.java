package org.zhicheng.committee.draw.domain;

/**
 * MOHRSS order 40: a panel has an odd number of members (so a vote cannot tie), and at least a configured minimum.
 * Codes {@code draw.panel-size-even} (argument: the size) and {@code draw.panel-too-small} (size, minimum).
 */
public final class PanelSizeOdd {

    public static final String RULE = "MOHRSS-40";
    public static final String EVEN_CODE = "draw.panel-size-even";
    public static final String TOO_SMALL_CODE = "draw.panel-too-small";

    private final int minimum;

    /** @param minimum the smallest panel allowed ({@code zhicheng.committee.rules.minimum-panel-size}) */
    public PanelSizeOdd(int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("the minimum panel size must be positive");
        }
        this.minimum = minimum;
    }

    public void check(int panelSize) {
        if (panelSize % 2 == 0) {
            throw new DrawRefused(EVEN_CODE, RULE, panelSize);
        }
        if (panelSize < minimum) {
            throw new DrawRefused(TOO_SMALL_CODE, RULE, panelSize, minimum);
        }
    }

    public int minimum() {
        return minimum;
    }
}
