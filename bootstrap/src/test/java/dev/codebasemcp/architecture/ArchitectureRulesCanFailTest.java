package dev.codebasemcp.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.codebasemcp.adapter.http.archfixture.HttpClassUsingJooq;
import dev.codebasemcp.adapter.http.archfixture.HttpClassUsingMcpSdk;
import dev.codebasemcp.adapter.mcp.archfixture.McpClassUsingHttp;
import dev.codebasemcp.adapter.mcp.archfixture.McpClassUsingJavalin;
import dev.codebasemcp.application.archfixture.ApplicationClassDoingIo;
import dev.codebasemcp.application.archfixture.ApplicationClassTouchingTheDisk;
import dev.codebasemcp.application.archfixture.ApplicationClassUsingAnEmbeddingLibrary;
import dev.codebasemcp.application.archfixture.ApplicationClassUsingPersistence;
import dev.codebasemcp.application.archfixture.ApplicationClassUsingTheOnnxRuntime;
import dev.codebasemcp.domain.archfixture.DomainClassUsingALibrary;
import dev.codebasemcp.persistence.jooq.archfixture.PersistenceClass;
import dev.codebasemcp.persistence.jooq.archfixture.PersistenceClassUsingHttp;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule, applied to a deliberately bad class from the test sources, must fail. */
class ArchitectureRulesCanFailTest {

    private static final JavaClasses BAD_CLASSES = new ClassFileImporter().importClasses(
            DomainClassUsingALibrary.class, ApplicationClassUsingPersistence.class, ApplicationClassTouchingTheDisk.class,
            PersistenceClass.class, McpClassUsingHttp.class, HttpClassUsingJooq.class,
            ApplicationClassUsingAnEmbeddingLibrary.class, ApplicationClassUsingTheOnnxRuntime.class,
            ApplicationClassDoingIo.class, PersistenceClassUsingHttp.class, HttpClassUsingMcpSdk.class,
            McpClassUsingJavalin.class);

    static Stream<Arguments> rulesAndTheClassThatBreaksThem() {
        return Stream.of(
                Arguments.of(ArchitectureRules.DOMAIN_USES_ONLY_THE_JDK, "DomainClassUsingALibrary"),
                Arguments.of(ArchitectureRules.CLI_AND_SCANNER_LIBRARIES_ONLY_IN_BOOTSTRAP, "DomainClassUsingALibrary"),
                Arguments.of(ArchitectureRules.CLI_AND_SCANNER_LIBRARIES_ONLY_IN_BOOTSTRAP, "ApplicationClassUsingAnEmbeddingLibrary"),
                Arguments.of(ArchitectureRules.CLI_AND_SCANNER_LIBRARIES_ONLY_IN_BOOTSTRAP, "ApplicationClassUsingTheOnnxRuntime"),
                Arguments.of(ArchitectureRules.APPLICATION_USES_ONLY_THE_DOMAIN, "ApplicationClassUsingPersistence"),
                Arguments.of(ArchitectureRules.ONLY_BOOTSTRAP_DEPENDS_ON_ADAPTERS, "ApplicationClassUsingPersistence"),
                Arguments.of(ArchitectureRules.MCP_IS_NO_OTHER_ADAPTERS_BUSINESS, "McpClassUsingHttp"),
                Arguments.of(ArchitectureRules.JOOQ_ONLY_IN_PERSISTENCE, "HttpClassUsingJooq"),
                Arguments.of(ArchitectureRules.CORE_DOES_NO_FILE_OR_ENVIRONMENT_ACCESS, "ApplicationClassTouchingTheDisk.exists"),
                Arguments.of(ArchitectureRules.CORE_DOES_NO_FILE_OR_ENVIRONMENT_ACCESS, "ApplicationClassTouchingTheDisk.real"),
                Arguments.of(ArchitectureRules.CORE_DOES_NO_FILE_OR_ENVIRONMENT_ACCESS, "ApplicationClassTouchingTheDisk.home"),
                Arguments.of(ArchitectureRules.CORE_DOES_NO_FILE_OR_ENVIRONMENT_ACCESS, "ApplicationClassDoingIo.configured"),
                Arguments.of(ArchitectureRules.PERSISTENCE_IS_NO_OTHER_ADAPTERS_BUSINESS, "PersistenceClassUsingHttp"),
                Arguments.of(ArchitectureRules.HTTP_IS_NO_OTHER_ADAPTERS_BUSINESS, "HttpClassUsingMcpSdk"),
                Arguments.of(ArchitectureRules.MCP_SDK_ONLY_IN_MCP, "HttpClassUsingMcpSdk"),
                Arguments.of(ArchitectureRules.JAVALIN_ONLY_IN_HTTP, "McpClassUsingJavalin"),
                Arguments.of(ArchitectureRules.ADAPTER_INTERNALS_ARE_PACKAGE_PRIVATE, "McpClassUsingJavalin"));
    }

    @Test
    void everyRuleHasABadClassThatBreaksIt() {
        assertThat(rulesAndTheClassThatBreaksThem().map(arguments -> arguments.get()[0]).distinct())
                .containsExactlyInAnyOrderElementsOf(ArchitectureRules.ALL);
    }

    @ParameterizedTest
    @MethodSource("rulesAndTheClassThatBreaksThem")
    void ruleRejectsTheBadClass(ArchRule rule, String badClass) {
        assertThatThrownBy(() -> rule.check(BAD_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(badClass);
    }
}
