package dev.codebasemcp.domain.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that read like a declaration, and the names they declare: a keyword that starts one in common
 * languages ({@code class}, {@code def}, {@code func}, {@code fn}, {@code function}, ...) followed by the name,
 * or a signature {@code name(...)} that does not end a statement and is not a control statement. A
 * heuristic over lines; it does not parse.
 */
public final class Declarations {

    private static final Pattern KEYWORD = Pattern.compile("^(?:(?:public|private|protected|internal|static|final"
            + "|abstract|sealed|non-sealed|open|override|export|default|async|pub(?:\\([a-z]+\\))?|unsafe|extern"
            + "|inline|virtual|const|local)\\s+)*(?:class|interface|enum|record|struct|trait|impl|module|namespace"
            + "|object|def|func|fn|function|sub|proc|macro|type|union|protocol|extension)\\b\\s*(?:\\([^)]*\\)\\s*)?"
            + "([\\w$]*)");
    private static final Pattern SIGNATURE = Pattern.compile("^[\\w$<>\\[\\],.?@ *&:~]*?\\b([\\w$~]+)\\s*\\([^;]*$");
    private static final Pattern CONTROL = Pattern.compile("^(?:}\\s*)?(?:if|else|for|foreach|while|do|switch|case"
            + "|catch|try|finally|return|throw|synchronized|with|when|match|elif|except|new|assert|yield|await)\\b");

    private Declarations() {
    }

    /** Whether a line (stripped of surrounding white space) reads like a declaration. */
    public static boolean isDeclaration(String stripped) {
        return declaredName(stripped) != null;
    }

    /** The lower-cased names the lines of a text declare. */
    public static Set<String> declaredNames(String text) {
        Set<String> names = new HashSet<>();
        for (String line : text.split("\n")) {
            String name = declaredName(line.strip());
            if (name != null && !name.isEmpty()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static String declaredName(String stripped) {
        if (stripped.isEmpty() || stripped.startsWith("//") || stripped.startsWith("*") || stripped.startsWith("/*")
                || (stripped.startsWith("#") && !stripped.startsWith("#define")) || CONTROL.matcher(stripped).find()) {
            return null;
        }
        if (stripped.startsWith("#define")) {
            String[] words = stripped.split("[\\s(]+");
            return words.length > 1 ? words[1] : "";
        }
        Matcher keyword = KEYWORD.matcher(stripped);
        if (keyword.find()) {
            return keyword.group(1);
        }
        Matcher signature = SIGNATURE.matcher(stripped);
        if (signature.find() && !stripped.contains("=") && !stripped.startsWith(".")) {
            return signature.group(1);
        }
        return null;
    }
}
