package dev.codebasemcp.domain.index;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Names the language of a file from its name: well-known file names first (Dockerfile, Makefile),
 * then the extension, case-insensitively. Names are lower-case identifiers such as {@code java},
 * {@code typescript}, {@code yaml}; an unknown file has none.
 */
public final class LanguageDetector {

    private static final Map<String, String> BY_FILE_NAME = new HashMap<>();
    private static final Map<String, String> BY_EXTENSION = new HashMap<>();

    static {
        fileNames("dockerfile", "dockerfile", "containerfile");
        fileNames("makefile", "makefile", "gnumakefile");
        fileNames("cmake", "cmakelists.txt");
        fileNames("ruby", "gemfile", "rakefile", "podfile", "vagrantfile");
        fileNames("groovy", "jenkinsfile");
        fileNames("starlark", "build", "build.bazel", "workspace", "workspace.bazel");
        fileNames("ignore", ".gitignore", ".dockerignore", ".codebaseignore", ".npmignore");
        fileNames("ini", ".editorconfig", ".gitattributes", ".gitmodules", ".npmrc");
        fileNames("dotenv", ".env");
        fileNames("shell", ".bashrc", ".zshrc", ".profile", ".bash_profile");

        extensions("java", "java");
        extensions("kotlin", "kt", "kts");
        extensions("scala", "scala", "sc");
        extensions("groovy", "groovy", "gradle");
        extensions("c", "c", "h");
        extensions("cpp", "cc", "cpp", "cxx", "c++", "hpp", "hh", "hxx", "h++", "ipp", "tpp");
        extensions("csharp", "cs", "csx");
        extensions("fsharp", "fs", "fsi", "fsx");
        extensions("visualbasic", "vb", "vbs");
        extensions("go", "go");
        extensions("rust", "rs");
        extensions("python", "py", "pyi", "pyw");
        extensions("ruby", "rb", "rake", "gemspec", "erb");
        extensions("php", "php", "phtml");
        extensions("javascript", "js", "mjs", "cjs", "jsx");
        extensions("typescript", "ts", "mts", "cts", "tsx");
        extensions("swift", "swift");
        extensions("objective-c", "m", "mm");
        extensions("dart", "dart");
        extensions("shell", "sh", "bash", "zsh", "ksh", "fish");
        extensions("powershell", "ps1", "psm1", "psd1");
        extensions("batch", "bat", "cmd");
        extensions("perl", "pl", "pm", "t");
        extensions("lua", "lua");
        extensions("r", "r", "rmd");
        extensions("julia", "jl");
        extensions("haskell", "hs", "lhs");
        extensions("ocaml", "ml", "mli");
        extensions("elixir", "ex", "exs");
        extensions("erlang", "erl", "hrl");
        extensions("clojure", "clj", "cljs", "cljc", "edn");
        extensions("elm", "elm");
        extensions("zig", "zig");
        extensions("nim", "nim");
        extensions("crystal", "cr");
        extensions("fortran", "f", "f90", "f95", "f03", "for");
        extensions("assembly", "asm", "s");
        extensions("sql", "sql", "psql", "ddl");
        extensions("html", "html", "htm", "xhtml");
        extensions("css", "css");
        extensions("scss", "scss", "sass");
        extensions("less", "less");
        extensions("vue", "vue");
        extensions("svelte", "svelte");
        extensions("markdown", "md", "markdown", "mdx");
        extensions("restructuredtext", "rst");
        extensions("asciidoc", "adoc", "asciidoc");
        extensions("latex", "tex", "sty", "cls");
        extensions("text", "txt");
        extensions("protobuf", "proto");
        extensions("thrift", "thrift");
        extensions("graphql", "graphql", "gql");
        extensions("terraform", "tf", "tfvars");
        extensions("hcl", "hcl");
        extensions("nix", "nix");
        extensions("dockerfile", "dockerfile");
        extensions("makefile", "mk", "mak");
        extensions("cmake", "cmake");
        extensions("json", "json", "jsonc", "json5");
        extensions("yaml", "yaml", "yml");
        extensions("toml", "toml");
        extensions("xml", "xml", "xsd", "xsl", "xslt", "pom", "wsdl", "svg", "plist", "csproj", "fsproj", "vbproj");
        extensions("ini", "ini", "cfg", "conf", "cnf");
        extensions("properties", "properties");
        extensions("csv", "csv", "tsv");
        extensions("diff", "diff", "patch");
    }

    /** Names people use for a language that are neither its name nor one of its extensions. */
    private static final Map<String, String> ALIASES = Map.of(
            "golang", "go", "c#", "csharp", "f#", "fsharp", "c++", "cpp", "objc", "objective-c",
            "node", "javascript", "bash", "shell", "vb", "visualbasic", "md", "markdown", "docker", "dockerfile");

    private LanguageDetector() {
    }

    /** Every language name {@link #detect} can give, sorted. */
    public static SortedSet<String> knownLanguages() {
        SortedSet<String> names = new TreeSet<>(BY_EXTENSION.values());
        names.addAll(BY_FILE_NAME.values());
        return Collections.unmodifiableSortedSet(names);
    }

    /**
     * The language a user means by {@code nameOrAlias}, case-insensitively: a language name
     * ({@code javascript}), a common alias ({@code golang}, {@code c#}) or an extension ({@code js},
     * {@code ts}, {@code py}); empty when it names none.
     */
    public static Optional<String> canonicalName(String nameOrAlias) {
        String key = nameOrAlias.strip().toLowerCase(Locale.ROOT);
        if (knownLanguages().contains(key)) {
            return Optional.of(key);
        }
        return Optional.ofNullable(ALIASES.getOrDefault(key, BY_EXTENSION.get(key)));
    }

    /** The language of the file with this path (any separator), if it is known. */
    public static Optional<String> detect(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        String name = path.substring(slash + 1).toLowerCase(Locale.ROOT);
        String byName = BY_FILE_NAME.get(name);
        if (byName != null) {
            return Optional.of(byName);
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1)));
    }

    private static void fileNames(String language, String... names) {
        for (String name : names) {
            BY_FILE_NAME.put(name, language);
        }
    }

    private static void extensions(String language, String... extensions) {
        for (String extension : extensions) {
            BY_EXTENSION.put(extension, language);
        }
    }
}
