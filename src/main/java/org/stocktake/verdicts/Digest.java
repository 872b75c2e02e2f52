package org.stocktake.verdicts;

/** A 64-bit FNV-1a digest of some texts: tells whether a stored verdict says the same as a new one. */
final class Digest {

    private Digest() {}

    static long of(String... parts) {
        long h = 0xcbf29ce484222325L;
        for (String p : parts) {
            for (int i = 0; i < p.length(); i++) {
                h ^= p.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= 0x1f;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
