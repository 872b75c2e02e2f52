package org.stocktake.data;

/** Receives the rows of a file as text cells, the header row first; rows are numbered from 1. */
@FunctionalInterface
interface CellSink {
    void row(long row, String[] cells);
}
