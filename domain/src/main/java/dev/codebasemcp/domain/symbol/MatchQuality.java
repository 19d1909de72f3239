package dev.codebasemcp.domain.symbol;

/** How well a name matches a symbol query; the constants are ordered best first. */
public enum MatchQuality {
    /** Every segment equal, case included. */
    EXACT,
    /** Every segment equal when case is ignored. */
    EXACT_IGNORING_CASE,
    /** Every segment starts with the query's segment, case included. */
    PREFIX,
    /** Every segment starts with the query's segment when case is ignored. */
    PREFIX_IGNORING_CASE,
    /** A segment matched only by the starts of its humps: {@code HMap} for {@code HashMap}. */
    CAMEL_HUMPS;

    /** The worse of the two. */
    public MatchQuality worst(MatchQuality other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
