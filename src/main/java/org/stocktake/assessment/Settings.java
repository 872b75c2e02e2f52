package org.stocktake.assessment;

/**
 * Per-plan knobs. {@code margin}: how many points of completion (0.05 = 5 points) progress may be
 * off the schedule and still be 基本符合预期. {@code healthyShare}: share of a qualitative target's
 * tasks that must be closed or green (with none red) for 基本符合预期.
 */
public record Settings(double margin, double healthyShare) {

    public static final Settings DEFAULT = new Settings(0.05, 0.8);

    public Settings {
        if (!(margin >= 0 && margin < 1)) {
            throw new IllegalArgumentException("margin must be in [0, 1): " + margin);
        }
        if (!(healthyShare > 0 && healthyShare <= 1)) {
            throw new IllegalArgumentException("healthyShare must be in (0, 1]: " + healthyShare);
        }
    }
}
