package dev.codebasemcp.domain.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTextTest {

    @Test
    void decodesValidUtf8() {
        byte[] bytes = "grüße\n".getBytes(StandardCharsets.UTF_8);

        assertThat(FileText.decode(bytes, bytes.length)).isEqualTo(new FileText.Text("grüße\n"));
    }

    @Test
    void dropsTheByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};

        assertThat(FileText.decode(bytes, bytes.length)).isEqualTo(new FileText.Text("a"));
    }

    @Test
    void aNulByteMarksABinaryFile() {
        byte[] bytes = {'a', 0, 'b'};

        assertThat(FileText.decode(bytes, bytes.length)).isEqualTo(new FileText.NotText(SkipReason.BINARY));
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252() {
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x80, ' ', (byte) 0x93, 'q', (byte) 0x94, (byte) 0x81};

        assertThat(FileText.decode(bytes, bytes.length)).isEqualTo(new FileText.Text("caf\u00e9 \u20ac \u201cq\u201d\u0081"));
    }

    @Test
    void utf16WithAByteOrderMarkIsDecodedInItsByteOrder() {
        byte[] little = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0, (byte) 0xE9, 0};
        byte[] big = {(byte) 0xFE, (byte) 0xFF, 0, 'h', 0, 'i'};

        assertThat(FileText.decode(little, little.length)).isEqualTo(new FileText.Text("hi\u00e9"));
        assertThat(FileText.decode(big, big.length)).isEqualTo(new FileText.Text("hi"));
    }

    @Test
    void utf16ThatDecodesToNulIsBinary() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0};

        assertThat(FileText.decode(bytes, bytes.length)).isEqualTo(new FileText.NotText(SkipReason.BINARY));
    }

    @Test
    void onlyTheGivenLengthIsDecoded() {
        byte[] bytes = {'a', 'b', 0};

        assertThat(FileText.decode(bytes, 2)).isEqualTo(new FileText.Text("ab"));
    }

    @Test
    void aNulByteFarIntoTheFileAlsoMarksItBinary() {
        byte[] bytes = new byte[20_000];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[15_000] = 0;

        assertThat(FileText.decode(bytes, bytes.length)).isEqualTo(new FileText.NotText(SkipReason.BINARY));
    }
}
