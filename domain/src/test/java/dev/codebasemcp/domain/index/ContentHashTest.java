package dev.codebasemcp.domain.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void isTheSha256OfTheGivenBytes() {
        byte[] bytes = "abc".getBytes(StandardCharsets.US_ASCII);

        assertThat(ContentHash.of(bytes, 3).hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void equalBytesGiveEqualHashesAndStoredDigestsRoundTrip() {
        ContentHash hash = ContentHash.of(new byte[] {1, 2, 3, 4}, 3);

        assertThat(hash).isEqualTo(ContentHash.of(new byte[] {1, 2, 3}, 3)).hasSameHashCodeAs(ContentHash.of(new byte[] {1, 2, 3}, 3));
        assertThat(ContentHash.fromBytes(hash.bytes())).isEqualTo(hash);
        assertThat(hash).isNotEqualTo(ContentHash.of(new byte[] {1, 2, 4}, 3));
    }

    @Test
    void rejectsADigestOfTheWrongLength() {
        assertThatThrownBy(() -> ContentHash.fromBytes(new byte[16])).hasMessageContaining("32 bytes");
    }
}
