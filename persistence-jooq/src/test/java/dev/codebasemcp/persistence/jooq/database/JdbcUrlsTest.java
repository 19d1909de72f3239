package dev.codebasemcp.persistence.jooq.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void passwordParametersAreMaskedWhereverTheyStand() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://db/code?password=s3cret&user=me"))
                .isEqualTo("jdbc:postgresql://db/code?password=***&user=me");
        assertThat(JdbcUrls.masked("jdbc:postgresql://db/code?user=me&PASSWORD=s3cret"))
                .isEqualTo("jdbc:postgresql://db/code?user=me&PASSWORD=***");
    }

    @Test
    void aPasswordInTheUserInfoIsMasked() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://me:s3cret@db:5432/code")).isEqualTo("jdbc:postgresql://me:***@db:5432/code");
    }

    @Test
    void aUrlWithoutPasswordIsUnchanged() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://db:5432/code?user=me")).isEqualTo("jdbc:postgresql://db:5432/code?user=me");
        assertThat(JdbcUrls.masked(null)).isNull();
    }
}
