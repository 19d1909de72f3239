package dev.codebasemcp.adapter.mcp;

/** Sends progress to the client of one tool call; does nothing when the client asked for none. */
interface ProgressReporter {

    /**
     * @param progress a value that grows with every call
     * @param total    the value {@code progress} reaches when done, or null while unknown
     * @param message  a short description of the current state
     */
    void report(double progress, Double total, String message);

    ProgressReporter NONE = (progress, total, message) -> {
    };
}
