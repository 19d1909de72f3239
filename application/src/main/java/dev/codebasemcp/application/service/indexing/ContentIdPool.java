package dev.codebasemcp.application.service.indexing;

import dev.codebasemcp.application.port.out.IndexBuild;

/** Hands out content ids drawn from the store in blocks, so most new contents cost no round trip. */
final class ContentIdPool {

    private static final int BLOCK = 256;

    private final IndexBuild build;
    private long[] block = new long[0];
    private int next;

    ContentIdPool(IndexBuild build) {
        this.build = build;
    }

    synchronized long next() {
        if (next == block.length) {
            block = build.reserveContentIds(BLOCK);
            next = 0;
        }
        return block[next++];
    }
}
