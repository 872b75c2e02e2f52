package org.stocktake.observations;

import java.time.Instant;

/**
 * Where a published value was read and how far it can be trusted: the exact sentence or table
 * label it was read from ({@code quote}), its {@link Reliability} class (null for values entered
 * by users), for a value derived from a published statement the statement it rests on
 * ({@code derivation}, e.g. "2024年比上年提高0.91个百分点"; null for a value read as such), and
 * who confirmed a class C value against an official page and when (null until confirmed).
 */
public record Provenance(
        String quote, Reliability reliability, String derivation, String confirmedBy, Instant confirmedAt) {

    /** A value entered by a user or imported from a file: no quote, no class, not derived. */
    public static final Provenance NONE = new Provenance(null, null, null, null, null);

    /** A value read as published, with the words it was read from. */
    public static Provenance published(String quote, Reliability reliability) {
        return new Provenance(quote, reliability, null, null, null);
    }

    /** A value computed from a published statement (quoted), not itself published. */
    public static Provenance derived(String quote, Reliability reliability, String derivation) {
        return new Provenance(quote, reliability, derivation, null, null);
    }

    /** Whether the value was derived from a published statement rather than read as published. */
    public boolean derived() {
        return derivation != null;
    }

    /** Whether a class C value was confirmed against an official page. */
    public boolean confirmed() {
        return confirmedAt != null;
    }

    /** Whether the value may drive a verdict: anything but an unconfirmed class C value. */
    public boolean usable() {
        return reliability != Reliability.C || confirmed();
    }

    /** The same provenance, confirmed by a user at an instant. */
    Provenance confirm(String by, Instant at) {
        return new Provenance(quote, reliability, derivation, by, at);
    }
}
