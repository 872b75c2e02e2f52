package org.stocktake.observations;

/**
 * Receives the rows of a file as text cells, the header row first; rows are numbered from 1.
 * A workbook announces each sheet before its rows; each sheet has its own header row.
 */
interface CellSink {
    void row(long row, String[] cells);

    default void sheet(int index, String name) {}
}
