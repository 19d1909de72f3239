package dev.codebasemcp.bootstrap.syntax;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TreeSitterC;
import org.treesitter.TreeSitterCSharp;
import org.treesitter.TreeSitterCpp;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterKotlin;
import org.treesitter.TreeSitterPhp;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterRuby;
import org.treesitter.TreeSitterRust;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/** The grammars by language name (as {@link dev.codebasemcp.domain.index.LanguageDetector} names languages). */
final class Grammars {

    private static final Grammar TSX = new Grammar("tsx", "typescript", TreeSitterTsx::new, Set.of("constructor"), false);

    private static final Map<String, Grammar> BY_LANGUAGE = Map.ofEntries(
            Map.entry("java", Grammar.of("java", TreeSitterJava::new)),
            Map.entry("python", Grammar.of("python", TreeSitterPython::new, "__init__")),
            Map.entry("go", Grammar.of("go", TreeSitterGo::new)),
            Map.entry("javascript", Grammar.of("javascript", TreeSitterJavascript::new, "constructor")),
            Map.entry("typescript", Grammar.of("typescript", TreeSitterTypescript::new, "constructor")),
            Map.entry("rust", Grammar.of("rust", TreeSitterRust::new)),
            Map.entry("c", Grammar.of("c", TreeSitterC::new)),
            Map.entry("cpp", new Grammar("cpp", "cpp", TreeSitterCpp::new, Set.of(), true)),
            Map.entry("csharp", Grammar.of("csharp", TreeSitterCSharp::new)),
            Map.entry("ruby", Grammar.of("ruby", TreeSitterRuby::new, "initialize")),
            Map.entry("php", Grammar.of("php", TreeSitterPhp::new, "__construct")),
            Map.entry("kotlin", Grammar.of("kotlin", TreeSitterKotlin::new)));

    private Grammars() {
    }

    static Set<String> languages() {
        return BY_LANGUAGE.keySet();
    }

    /** The grammar for a file; TSX files of the typescript language have their own. */
    static Optional<Grammar> forFile(String path, String language) {
        if ("typescript".equals(language) && path.toLowerCase(Locale.ROOT).endsWith(".tsx")) {
            return Optional.of(TSX);
        }
        return Optional.ofNullable(BY_LANGUAGE.get(language));
    }
}
