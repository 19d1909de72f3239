package dev.codebasemcp.persistence.jooq.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void valuesFollowThePlaceholdersWhateverTheOrderTheyWereBoundIn() {
        NamedSql sql = new NamedSql().append("SELECT :b::int, CAST(:a AS text) WHERE x = :b LIMIT :limit")
                .bind("limit", 10).bind("a", "alpha").bind("b", 2);

        assertThat(sql.sql()).isEqualTo("SELECT ?::int, CAST(? AS text) WHERE x = ? LIMIT ?");
        assertThat(sql.values()).isEqualTo(List.of(2, "alpha", 2, 10));
    }

    @Test
    void aPlaceholderWithoutAValueIsAnError() {
        NamedSql sql = new NamedSql().append("SELECT :missing");

        assertThatThrownBy(sql::values).isInstanceOf(IllegalStateException.class).hasMessageContaining(":missing");
    }
}
