package dev.codebasemcp.domain.index;

import java.util.Locale;

/** Why a file in a repository was left out of the index. */
public enum SkipReason {
    /** A NUL byte in the first block: not text. */
    BINARY,
    /** Larger than the configured maximum file size. */
    TOO_LARGE,
    /** Not valid UTF-8. */
    INVALID_UTF8,
    /** The file could not be read (permissions, I/O error). */
    UNREADABLE,
    /** The file disappeared between listing and reading. */
    VANISHED,
    /** A symbolic link: never followed, so the index cannot leave the repository. */
    SYMLINK;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
