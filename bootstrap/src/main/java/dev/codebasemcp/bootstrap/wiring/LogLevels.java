package dev.codebasemcp.bootstrap.wiring;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Applies CODEBASE_LOG_LEVEL to the root logger once settings are known (a .env value is not seen by logback.xml). */
public final class LogLevels {

    private LogLevels() {
    }

    public static void apply(String level) {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.toLevel(level, Level.INFO));
        }
    }
}
