package dev.codebasemcp.domain.path;

/** The rules a repository path must pass, in the order they are checked. */
public enum PathRule {
    NOT_BLANK,
    NO_NUL_BYTE,
    MAX_LENGTH,
    ABSOLUTE,
    NO_TRAVERSAL,
    NO_DOT_SEGMENT,
    EXISTS,
    IS_DIRECTORY,
    READABLE,
    REAL_PATH,
    INSIDE_ALLOWED_ROOTS,
    UNCHANGED_SINCE_SUBMISSION
}
