package dev.codebasemcp.application.archfixture;

import dev.codebasemcp.persistence.jooq.archfixture.PersistenceClass;

/** Breaks the application and "only bootstrap depends on adapters" rules on purpose. */
public class ApplicationClassUsingPersistence {

    public PersistenceClass store() {
        return new PersistenceClass();
    }
}
