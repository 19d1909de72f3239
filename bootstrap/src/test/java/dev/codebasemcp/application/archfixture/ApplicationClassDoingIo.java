package dev.codebasemcp.application.archfixture;

/** Breaks the "core does no I/O" rule on purpose: it knows the database driver's exception. */
public class ApplicationClassDoingIo {
    public boolean configured(java.sql.SQLException failure) {
        return failure.getSQLState() != null;
    }
}
