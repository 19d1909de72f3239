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

    @ParameterizedTest
    @CsvSource({
            "tests/expr.tcl, tcl", "parse.y, yacc", "gram.yy, yacc", "scan.l, lex", "lib/k.jsonnet, jsonnet",
            "k.libsonnet, jsonnet", "GNUmakefile, makefile", "Makefile.am, makefile", "Makefile.in, makefile",
            "Makefile.win, makefile", "rules.mk, makefile", "config.h.in, c", "setup.py.in, python",
            "configure.ac, m4", "BUILD.bazel, starlark", "defs.bzl, starlark"})
    void detectsTheLanguagesOfCommonRepositories(String path, String language) {
        assertThat(LanguageDetector.detect(path)).contains(language);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", textBlock = """
            /bin/sh => shell
            /usr/bin/env python3 => python
            /usr/bin/env -S python3.12 -u => python
            /usr/bin/tclsh8.6 => tcl
            /usr/bin/perl -w => perl
            /usr/bin/env node => javascript
            """)
    void detectsTheLanguageOfAScriptWithoutExtensionFromItsShebang(String interpreter, String language) {
        assertThat(LanguageDetector.detect("bin/tool", "#!" + interpreter + "\nrest\n")).contains(language);
    }

    @Test
    void theFileNameWinsOverTheShebangAndTextWithoutOneHasNoLanguage() {
        assertThat(LanguageDetector.detect("run.rb", "#!/bin/sh\n")).contains("ruby");
        assertThat(LanguageDetector.detect("bin/tool", "echo hi\n")).isEmpty();
        assertThat(LanguageDetector.detect("bin/tool", "#!/opt/unknown\n")).isEmpty();
    }

    @Test
    void namesAndAliasesResolveToCatalogueNames() {
        assertThat(LanguageDetector.canonical("js")).contains("javascript");
        assertThat(LanguageDetector.canonical("TS")).contains("typescript");
        assertThat(LanguageDetector.canonical("golang")).contains("go");
        assertThat(LanguageDetector.canonical("py")).contains("python");
        assertThat(LanguageDetector.canonical("tcl")).contains("tcl");
        assertThat(LanguageDetector.canonical("klingon")).isEmpty();
        assertThat(LanguageDetector.known()).contains("java", "tcl", "yacc", "jsonnet", "makefile")
                .doesNotContain("js", "golang");
    }
}
