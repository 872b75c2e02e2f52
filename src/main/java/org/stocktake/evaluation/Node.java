package org.stocktake.evaluation;

/**
 * One node of an evaluation framework: an indicator (level 1) or an aggregate (level 2 and up).
 *
 * @param code      unique code, also the column name in data and results
 * @param parent    code of the aggregate this node feeds, or {@code null} for the top node
 * @param level     1 for an indicator; an aggregate's level is above all of its children's
 * @param direction +1 when a higher value is better, -1 when a lower value is better
 * @param weight    relative weight among its siblings, zero or more
 */
public record Node(String code, String parent, int level, int direction, double weight) {

    public Node {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("node code is required");
        }
        if (direction != 1 && direction != -1) {
            throw new IllegalArgumentException("direction must be 1 or -1: " + code);
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be a finite number >= 0: " + code);
        }
        if (level < 1) {
            throw new IllegalArgumentException("level must be 1 or more: " + code);
        }
        parent = parent == null || parent.isBlank() ? null : parent;
    }

    public boolean isIndicator() {
        return level == 1;
    }

    public boolean isTop() {
        return parent == null;
    }

    Node withWeight(double newWeight) {
        return new Node(code, parent, level, direction, newWeight);
    }
}
