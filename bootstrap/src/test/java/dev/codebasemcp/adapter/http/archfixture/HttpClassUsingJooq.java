package dev.codebasemcp.adapter.http.archfixture;

/** Breaks the "jOOQ only in persistence" rule on purpose. */
public class HttpClassUsingJooq {

    public String dialect() {
        return org.jooq.SQLDialect.POSTGRES.getName();
    }
}
