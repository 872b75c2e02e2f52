package org.stocktake.observations;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a revision stands in the approval workflow: draft → submitted → approved or returned
 * (with a reason); a returned value is corrected and submitted again.
 */
public enum Status {
    DRAFT("草稿"), SUBMITTED("已提交"), APPROVED("已批准"), RETURNED("已退回");

    private final String zh;

    Status(String zh) {
        this.zh = zh;
    }

    /** The name stored in the database and used in files and URLs: {@code approved}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "已批准 (approved)", for messages. */
    public String label() {
        return zh + " (" + code() + ")";
    }

    public static Optional<Status> of(String code) {
        for (Status s : values()) {
            if (s.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
