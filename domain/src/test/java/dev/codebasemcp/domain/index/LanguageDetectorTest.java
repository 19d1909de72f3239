package dev.codebasemcp.domain.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    @ParameterizedTest
    @CsvSource({
            "src/Main.java, java", "a/b/app.PY, python", "web/x.tsx, typescript", "lib.rs, rust",
            "main.go, go", "k.kts, kotlin", "x.hpp, cpp", "x.h, c", "p.cs, csharp", "run.sh, shell",
            "conf/app.yml, yaml", "Cargo.toml, toml", "pom.xml, xml", "package.json, json",
            "a/Dockerfile, dockerfile", "Makefile, makefile", "CMakeLists.txt, cmake", "README.md, markdown",
            "q.sql, sql", "app.properties, properties", ".gitignore, ignore"})
    void detectsTheLanguageFromTheFileName(String path, String language) {
        assertThat(LanguageDetector.detect(path)).contains(language);
    }

    @Test
    void anUnknownExtensionHasNoLanguage() {
        assertThat(LanguageDetector.detect("data/blob.xyz")).isEmpty();
        assertThat(LanguageDetector.detect("LICENSE")).isEmpty();
        assertThat(LanguageDetector.detect("trailing.")).isEmpty();
    }
}
