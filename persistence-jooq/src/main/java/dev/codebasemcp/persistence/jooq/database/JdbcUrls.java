package dev.codebasemcp.persistence.jooq.database;

import java.util.regex.Pattern;

/** JDBC URLs made fit for messages and logs: a password in them never leaves the process. */
public final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/?@:]*:)[^/?@]*@");

    private JdbcUrls() {
    }

    /** {@code url} with the value of a {@code password} parameter and a {@code user:password@} part replaced by ***. */
    public static String masked(String url) {
        if (url == null) {
            return null;
        }
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1***@");
    }
}
