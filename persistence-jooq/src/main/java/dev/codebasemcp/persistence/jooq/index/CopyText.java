package dev.codebasemcp.persistence.jooq.index;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HexFormat;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's COPY text format, streamed to a {@link CopyIn} in pieces so a large batch
 * never sits in memory twice.
 */
final class CopyText {

    private static final int FLUSH_CHARS = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 1024);
    private boolean firstField = true;

    CopyText(CopyIn copy) {
        this.copy = copy;
    }

    CopyText field(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    CopyText field(boolean value) {
        separate();
        buffer.append(value ? 't' : 'f');
        return this;
    }

    /** A text field; null is written as SQL NULL. */
    CopyText field(CharSequence value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                case '\t' -> buffer.append("\\t");
                default -> buffer.append(c);
            }
            if (buffer.length() >= FLUSH_CHARS && !Character.isHighSurrogate(c)) {
                flush();
            }
        }
        return this;
    }

    CopyText bytea(byte[] value) {
        separate();
        buffer.append("\\\\x").append(HexFormat.of().formatHex(value));
        return this;
    }

    void endRow() {
        buffer.append('\n');
        firstField = true;
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    /** Sends what is left and ends the COPY. @return rows copied */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    private void separate() {
        if (!firstField) {
            buffer.append('\t');
        }
        firstField = false;
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw IndexStoreException.of("COPY", e);
        }
    }
}
