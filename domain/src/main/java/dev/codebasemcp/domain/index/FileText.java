package dev.codebasemcp.domain.index;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides whether the bytes of a file are indexable text and decodes them. The rule, in order:
 * <ol>
 *   <li>a UTF-16 byte order mark ({@code FF FE} or {@code FE FF}): UTF-16 of that byte order; a file that is not
 *       valid UTF-16 after it, or that decodes to a NUL character, is binary;</li>
 *   <li>a NUL byte anywhere: binary (git looks at the first 8000 bytes only; this looks at all of them because
 *       a stored text cannot hold NUL);</li>
 *   <li>valid UTF-8 (strictly; a UTF-8 byte order mark is dropped): UTF-8;</li>
 *   <li>anything else: Windows-1252, the superset of Latin-1 that editors and browsers assume for such files;
 *       the five bytes Windows-1252 leaves undefined (81, 8D, 8F, 90, 9D) stand for the control characters
 *       of the same number, as in Latin-1.</li>
 * </ol>
 * So every file ripgrep searches is indexed; only binary files are skipped.
 */
public sealed interface FileText {

    /** The decoded text of an indexable file. */
    record Text(String text) implements FileText {
    }

    /** A file that is not indexable text, and why. */
    record NotText(SkipReason reason) implements FileText {
    }

    static FileText decode(byte[] bytes, int length) {
        if (length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            String text = strict(utf16, bytes, 2, length - 2);
            return text == null || text.indexOf('\0') >= 0 ? new NotText(SkipReason.BINARY) : new Text(text);
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return new NotText(SkipReason.BINARY);
            }
        }
        int offset = length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        String utf8 = strict(StandardCharsets.UTF_8, bytes, offset, length - offset);
        return new Text(utf8 != null ? utf8 : windows1252(bytes, length));
    }

    private static String strict(Charset charset, byte[] bytes, int offset, int length) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String windows1252(byte[] bytes, int length) {
        Charset windows1252 = Charset.forName("windows-1252");
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80 || b >= 0xA0) {
                text.append((char) b);
            } else {
                String mapped = strict(windows1252, bytes, i, 1);
                text.append(mapped == null ? (char) b : mapped.charAt(0));
            }
        }
        return text.toString();
    }
}
