package org.stocktake.evaluation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw indicator values: one column per indicator code, one entry per unit in {@code units} order,
 * {@code NaN} where a value is missing. Immutable: accessors hand out copies.
 */
public record Dataset(List<String> units, Map<String, double[]> columns) {

    public Dataset {
        units = List.copyOf(units);
        if (new HashSet<>(units).size() != units.size()) {
            throw new IllegalArgumentException("units must be unique");
        }
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> column : columns.entrySet()) {
            if (column.getValue().length != units.size()) {
                throw new IllegalArgumentException("column " + column.getKey() + " has " + column.getValue().length
                        + " values for " + units.size() + " units");
            }
            copy.put(column.getKey(), column.getValue().clone());
        }
        columns = java.util.Collections.unmodifiableMap(copy);
    }

    /** A copy of every column. */
    @Override
    public Map<String, double[]> columns() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        columns.forEach((code, values) -> copy.put(code, values.clone()));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** A copy of one column. */
    public double[] column(String code) {
        double[] values = columns.get(code);
        if (values == null) {
            throw new IllegalArgumentException("no column " + code);
        }
        return values.clone();
    }
}
