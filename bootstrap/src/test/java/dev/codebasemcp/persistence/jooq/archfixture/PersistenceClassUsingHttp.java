package dev.codebasemcp.persistence.jooq.archfixture;

import dev.codebasemcp.adapter.http.archfixture.HttpClassUsingJooq;

/** Breaks the "adapters never depend on each other" rule for persistence on purpose. */
public class PersistenceClassUsingHttp {
    public String dialect() {
        return new HttpClassUsingJooq().dialect();
    }
}
