package org.stocktake.observations;

import java.util.Arrays;

/**
 * A set of non-negative longs in one open-addressing array (8 bytes a slot, at most 3/4 full):
 * the duplicate check of a 10-million-row file takes about 128 MB instead of a gigabyte of boxed keys.
 */
final class LongKeySet {

    private static final long EMPTY = -1L;

    private long[] slots = filled(1 << 16);
    private int size;

    /** Adds the key; false when it was already there. */
    boolean add(long key) {
        if (size >= slots.length - (slots.length >>> 2)) {
            grow();
        }
        if (!insert(slots, key)) {
            return false;
        }
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) mix(key) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        return true;
    }

    private void grow() {
        long[] bigger = filled(slots.length << 1);
        for (long k : slots) {
            if (k != EMPTY) {
                insert(bigger, k);
            }
        }
        slots = bigger;
    }

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, EMPTY);
        return a;
    }

    /** MurmurHash3's finaliser: every key bit reaches the low bits used as the slot. */
    private static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
