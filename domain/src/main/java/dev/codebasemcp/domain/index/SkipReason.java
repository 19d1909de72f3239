package dev.codebasemcp.domain.index;

import java.util.Locale;

/** Why a file in a repository was left out of the index. */
public enum SkipReason {
    /** Not text: a NUL byte, or a UTF-16 byte order mark followed by something else than UTF-16 text. */
    BINARY,
    /** Larger than the configured maximum file size. */
    TOO_LARGE,
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
