package dev.codebasemcp.domain.job;

import java.util.Locale;

/** What a job is doing right now; {@link #QUEUED} until a worker claims it. */
public enum JobPhase {
    QUEUED,
    SCANNING,
    INDEXING,
    FINALIZING,
    DONE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobPhase fromWireName(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
