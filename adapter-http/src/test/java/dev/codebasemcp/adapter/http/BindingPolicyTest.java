package dev.codebasemcp.adapter.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BindingPolicyTest {

    @Test
    void loopbackWithoutTokenIsAllowed() {
        assertThatCode(() -> BindingPolicy.check("127.0.0.1", false)).doesNotThrowAnyException();
        assertThatCode(() -> BindingPolicy.check("::1", false)).doesNotThrowAnyException();
        assertThatCode(() -> BindingPolicy.check("localhost", false)).doesNotThrowAnyException();
    }

    @Test
    void allInterfacesWithoutTokenIsRefusedWithReason() {
        assertThatThrownBy(() -> BindingPolicy.check("0.0.0.0", false))
                .isInstanceOf(BindingPolicy.UnsafeBindingException.class)
                .hasMessageContaining("Refusing to listen on 0.0.0.0 without a token")
                .hasMessageContaining("CODEBASE_HTTP_TOKEN");
    }

    @Test
    void allInterfacesWithTokenIsAllowed() {
        assertThatCode(() -> BindingPolicy.check("0.0.0.0", true)).doesNotThrowAnyException();
    }

    @Test
    void startRefusesUnsafeBindingBeforeListening() {
        FakeIndexing indexing = new FakeIndexing();
        HttpApi api = new HttpApi(indexing.useCases(), new PrometheusMetrics(), List.of(), null);

        assertThatThrownBy(() -> api.start("0.0.0.0", 0)).isInstanceOf(BindingPolicy.UnsafeBindingException.class);
    }
}
