package org.stocktake.plan.reading;

import java.util.List;

/**
 * What the reader found in one document, in the annotation schema of the development set: the
 * section tree, the targets, the responsible-unit mentions and the deadlines. Every item keeps its
 * exact quote, its code-point offset in the source and its 1-based line.
 */
public record Reading(
        List<Section> sections, List<Target> targets, List<UnitList> responsibleUnits, List<Deadline> deadlines) {

    public Reading {
        sections = List.copyOf(sections);
        targets = List.copyOf(targets);
        responsibleUnits = List.copyOf(responsibleUnits);
        deadlines = List.copyOf(deadlines);
    }

    /** A heading as printed: number (一、 （一） 1. 专栏2 附件), title up to the first 。, its children. */
    public record Section(String number, String title, int line, int offset, String type, List<Section> children) {}

    /**
     * A commitment: {@code value} is a {@code BigDecimal}, a two-element list (a range), a string (rank
     * or parity words) or null; {@code comparator} and {@code kind} use the annotation schema's words.
     */
    public record Target(
            String quote,
            int offset,
            int line,
            String indicator,
            String comparator,
            Object value,
            String unit,
            Integer targetYear,
            boolean targetYearInferred,
            String kind,
            String qualifier,
            String distributive,
            String section) {}

    /** Units named as responsible for a passage, with their role (lead, participate, guide, responsible). */
    public record UnitList(
            String quote,
            int offset,
            int line,
            List<String> units,
            String role,
            List<String> lead,
            boolean openList,
            String section) {}

    /** A deadline: {@code by} (date 2019-03), {@code recurring}, {@code relative} or {@code period}. */
    public record Deadline(String quote, int offset, int line, String date, String type, List<String> who) {}
}
