package org.stocktake.households;

import java.time.LocalDate;
import java.util.List;

/**
 * A procedure: its kind (identification, removal), clue or household, the steps done, the next
 * step and the role that owns it, the due date and its light (green, yellow within three days,
 * red overdue; none once finished).
 */
public record ProcedureView(
        long id,
        String kind,
        Long clue,
        String household,
        List<String> done,
        String next,
        String nextRole,
        LocalDate due,
        String light,
        String outcome) {}
