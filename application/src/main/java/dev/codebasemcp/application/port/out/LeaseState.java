package dev.codebasemcp.application.port.out;

/** What renewing a lease found. */
public enum LeaseState {
    HELD,
    CANCEL_REQUESTED,
    LOST
}
