package dev.codebasemcp.domain.index;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides whether the bytes of a file are indexable text. A NUL byte marks a binary file: git looks
 * at the first 8000 bytes only, this looks at all of them because a stored text cannot hold NUL.
 * Otherwise the bytes must be
 * valid UTF-8 (strictly: a file that is not is skipped, never indexed with replacement characters,
 * so search never shows text that is not in the file). A UTF-8 byte order mark is dropped.
 */
public sealed interface FileText {

    /** The decoded text of an indexable file. */
    record Text(String text) implements FileText {
    }

    /** A file that is not indexable text, and why. */
    record NotText(SkipReason reason) implements FileText {
    }

    static FileText decode(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return new NotText(SkipReason.BINARY);
            }
        }
        int offset = length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length - offset))
                    .toString();
            return new Text(text);
        } catch (CharacterCodingException e) {
            return new NotText(SkipReason.INVALID_UTF8);
        }
    }
}
