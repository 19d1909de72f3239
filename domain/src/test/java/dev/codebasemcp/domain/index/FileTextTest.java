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
    void invalidUtf8IsNotText() {
        byte[] bytes = {'a', (byte) 0xC3, '(', 'b'};

        assertThat(FileText.decode(bytes, bytes.length)).isEqualTo(new FileText.NotText(SkipReason.INVALID_UTF8));
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
