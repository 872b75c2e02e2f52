package org.stocktake.households.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The monitoring lines of every province and year; the line in force on a day is the one with the latest start on or before it. */
public record MonitoringLines(List<MonitoringLine> lines) {

    public MonitoringLines {
        lines = lines.stream()
                .sorted(Comparator.comparing(MonitoringLine::effectiveFrom).reversed())
                .toList();
    }

    public static MonitoringLines of(MonitoringLine... lines) {
        return new MonitoringLines(List.of(lines));
    }

    public Optional<MonitoringLine> inForce(String province, LocalDate day) {
        for (MonitoringLine line : lines) {
            if (line.province().equals(province) && !line.effectiveFrom().isAfter(day)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }
}
