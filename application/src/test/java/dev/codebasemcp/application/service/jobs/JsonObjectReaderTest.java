package dev.codebasemcp.application.service.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectReaderTest {

    @Test
    void readsEveryKindOfValue() {
        Map<String, Object> object = JsonObjectReader.read(
                "{\"s\": \"a\\\"b\\u00e9\\n\", \"n\": -1.5e2, \"t\": true, \"f\": false, \"z\": null,"
                        + " \"list\": [1, \"x\"], \"obj\": {}}");

        assertThat(object).containsEntry("s", "a\"b\u00e9\n")
                .containsEntry("n", new BigDecimal("-1.5e2"))
                .containsEntry("t", true)
                .containsEntry("f", false)
                .containsEntry("z", null)
                .containsEntry("list", List.of(new BigDecimal("1"), "x"))
                .containsEntry("obj", Map.of());
    }

    @Test
    void rejectsMalformedInputWithItsPosition() {
        assertThatThrownBy(() -> JsonObjectReader.read("{\"a\": tru}")).hasMessageContaining("character 7");
        assertThatThrownBy(() -> JsonObjectReader.read("[1]")).hasMessageContaining("expected '{'");
        assertThatThrownBy(() -> JsonObjectReader.read("{} x")).hasMessageContaining("after the object");
        assertThatThrownBy(() -> JsonObjectReader.read("{\"a\": 01}")).hasMessageContaining("expected");
        assertThatThrownBy(() -> JsonObjectReader.read("{\"a\": \"open")).hasMessageContaining("unterminated");
    }
}
