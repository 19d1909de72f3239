package dev.codebasemcp.persistence.jooq.archfixture;

/** A stand-in adapter class for the rule tests. */
public class PersistenceClass {
}
