package dev.codebasemcp.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the production classes of every module against {@link ArchitectureRules}. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.codebasemcp");
    }

    static Stream<ArchRule> rules() {
        return ArchitectureRules.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void productionCodeFollowsTheRule(ArchRule rule) {
        rule.check(production);
    }

    /** A rule over an empty package passes vacuously (archunit.properties allows that): so every guarded package must have classes. */
    @ParameterizedTest
    @ValueSource(strings = {"dev.codebasemcp.domain", "dev.codebasemcp.application", "dev.codebasemcp.persistence.jooq",
            "dev.codebasemcp.adapter.mcp", "dev.codebasemcp.adapter.http", "dev.codebasemcp.bootstrap"})
    void everyGuardedPackageHasClasses(String packageName) {
        assertThat(production.stream().filter(c -> c.getPackageName().startsWith(packageName)))
                .as("classes in %s", packageName).isNotEmpty();
    }
}
