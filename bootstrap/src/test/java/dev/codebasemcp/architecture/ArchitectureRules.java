package dev.codebasemcp.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** The dependency rules of the hexagon, one rule per sentence of docs/architecture.md. */
final class ArchitectureRules {

    static final String DOMAIN = "dev.codebasemcp.domain..";
    static final String APPLICATION = "dev.codebasemcp.application..";
    static final String PERSISTENCE = "dev.codebasemcp.persistence..";
    static final String MCP = "dev.codebasemcp.adapter.mcp..";
    static final String HTTP = "dev.codebasemcp.adapter.http..";
    static final String BOOTSTRAP = "dev.codebasemcp.bootstrap..";
    /** jOOQ's generated schema classes, public by construction. */
    static final String GENERATED = "dev.codebasemcp.persistence.jooq.generated..";

    static final ArchRule DOMAIN_USES_ONLY_THE_JDK = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is pure Java that other tools can reuse without pulling in libraries");

    static final ArchRule APPLICATION_USES_ONLY_THE_DOMAIN = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .because("use cases and ports must not know any technology; adapters plug into the ports");

    static final ArchRule PERSISTENCE_IS_NO_OTHER_ADAPTERS_BUSINESS = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(MCP, HTTP, BOOTSTRAP)
            .because("adapters never depend on each other");

    static final ArchRule MCP_IS_NO_OTHER_ADAPTERS_BUSINESS = noClasses().that().resideInAPackage(MCP)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, HTTP, BOOTSTRAP)
            .because("adapters never depend on each other; MCP reaches the database only through use cases");

    static final ArchRule HTTP_IS_NO_OTHER_ADAPTERS_BUSINESS = noClasses().that().resideInAPackage(HTTP)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, MCP, BOOTSTRAP)
            .because("adapters never depend on each other; HTTP reaches the database only through use cases");

    static final ArchRule ONLY_BOOTSTRAP_DEPENDS_ON_ADAPTERS = noClasses()
            .that().resideOutsideOfPackages(BOOTSTRAP, PERSISTENCE, MCP, HTTP)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, MCP, HTTP)
            .because("only bootstrap wires adapters to the application");

    static final ArchRule JOOQ_ONLY_IN_PERSISTENCE = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.postgresql..",
                    "com.zaxxer.hikari..", "io.zonky..")
            .because("database technology stays in persistence-jooq");

    static final ArchRule JAVALIN_ONLY_IN_HTTP = noClasses().that().resideOutsideOfPackages(HTTP, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "io.micrometer..")
            .because("the web framework stays in adapter-http");

    static final ArchRule MCP_SDK_ONLY_IN_MCP = noClasses().that().resideOutsideOfPackages(MCP, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAnyPackage("io.modelcontextprotocol..")
            .because("the MCP SDK stays in adapter-mcp");

    static final ArchRule CLI_AND_SCANNER_LIBRARIES_ONLY_IN_BOOTSTRAP = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.eclipse.jgit..", "me.tongfei..",
                    "io.github.cdimascio..", "org.treesitter..", "dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
            .because("the command line, the file-system scanner, configuration loading, the tree-sitter parsers "
                    + "and the in-process embedding model belong to bootstrap");

    static final ArchRule CORE_DOES_NO_FILE_OR_ENVIRONMENT_ACCESS = noClasses().that()
            .resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
            .orShould().callMethod(Path.class, "toRealPath", LinkOption[].class)
            .orShould().callMethod(System.class, "getenv", String.class)
            .orShould().callMethod(System.class, "getenv")
            .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("the file system, the environment and the database are reached through ports: bootstrap's "
                    + "adapters (PathInspector, ProjectConfigSource, SourceTree), its configuration loader and "
                    + "persistence, which reports an unreachable store as StoreUnavailableException");

    static final ArchRule ADAPTER_INTERNALS_ARE_PACKAGE_PRIVATE = classes()
            .that().resideInAnyPackage(PERSISTENCE, MCP, HTTP).and().arePublic().and().areTopLevelClasses()
            .and().resideOutsideOfPackage(GENERATED)
            .and(are(describe("no process entry point", javaClass -> javaClass.tryGetMethod("main", String[].class).isEmpty())))
            .should(new ArchCondition<>("be used outside their own package") {
                @Override
                public void check(JavaClass adapterClass, ConditionEvents events) {
                    boolean usedOutside = adapterClass.getDirectDependenciesToSelf().stream()
                            .anyMatch(dependency -> !dependency.getOriginClass().getPackageName()
                                    .equals(adapterClass.getPackageName()));
                    if (!usedOutside) {
                        events.add(SimpleConditionEvent.violated(adapterClass,
                                adapterClass.getName() + " is public but only its own package uses it"));
                    }
                }
            })
            .because("an adapter shows bootstrap only what the wiring needs; the rest stays package-private");

    static final List<ArchRule> ALL = List.of(DOMAIN_USES_ONLY_THE_JDK, APPLICATION_USES_ONLY_THE_DOMAIN,
            ADAPTER_INTERNALS_ARE_PACKAGE_PRIVATE,
            PERSISTENCE_IS_NO_OTHER_ADAPTERS_BUSINESS, MCP_IS_NO_OTHER_ADAPTERS_BUSINESS,
            HTTP_IS_NO_OTHER_ADAPTERS_BUSINESS, ONLY_BOOTSTRAP_DEPENDS_ON_ADAPTERS, JOOQ_ONLY_IN_PERSISTENCE,
            JAVALIN_ONLY_IN_HTTP, MCP_SDK_ONLY_IN_MCP, CLI_AND_SCANNER_LIBRARIES_ONLY_IN_BOOTSTRAP,
            CORE_DOES_NO_FILE_OR_ENVIRONMENT_ACCESS);

    private ArchitectureRules() {
    }
}
