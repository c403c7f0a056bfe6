package org.backcoach.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends java.util.logging to a rotating log in the data folder's {@code logs/} (five files of
 * 1 MB each), so a person can hand a log to someone who helps them. Log messages never contain
 * health data: they say what happened ("check-in saved"), never what was entered.
 */
public final class AppLogging implements AutoCloseable {

    static final String FILE_NAME = "backcoach-%g.log";
    static final int MAX_BYTES = 1_000_000;
    static final int FILES = 5;

    private final Logger root;
    private final FileHandler handler;
    private final Map<Handler, Level> consoleLevels;

    private AppLogging(Logger root, FileHandler handler, Map<Handler, Level> consoleLevels) {
        this.root = root;
        this.handler = handler;
        this.consoleLevels = consoleLevels;
    }

    /** Starts writing the log into {@code logsFolder}; the console keeps warnings only. */
    public static AppLogging toFolder(Path logsFolder) throws IOException {
        Files.createDirectories(logsFolder);
        // '%' is special in FileHandler patterns, so a folder name containing one is escaped.
        String pattern = logsFolder.toAbsolutePath().toString().replace("%", "%%") + "/" + FILE_NAME;
        FileHandler handler = new FileHandler(pattern, MAX_BYTES, FILES, true);
        handler.setEncoding("UTF-8");
        handler.setFormatter(new LineFormatter());
        handler.setLevel(Level.INFO);
        Logger root = Logger.getLogger("");
        Map<Handler, Level> consoleLevels = new HashMap<>();
        for (Handler existing : root.getHandlers()) {
            consoleLevels.put(existing, existing.getLevel());
            existing.setLevel(Level.WARNING);
        }
        root.addHandler(handler);
        return new AppLogging(root, handler, consoleLevels);
    }

    /** The file currently written. */
    public static Path currentFile(Path logsFolder) {
        return logsFolder.resolve(FILE_NAME.replace("%g", "0"));
    }

    public void flush() {
        handler.flush();
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        handler.close();
        consoleLevels.forEach(Handler::setLevel);
    }

    /** One line per message ("2026-11-21 10:15:02 INFO journal: check-in saved"), then any stack trace. */
    static final class LineFormatter extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                    .append(record.getLevel().getName()).append(' ')
                    .append(shortName(record.getLoggerName())).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }

        private static String shortName(String logger) {
            if (logger == null || logger.isEmpty()) {
                return "root";
            }
            return logger.startsWith("org.backcoach.") ? logger.substring("org.backcoach.".length()) : logger;
        }
    }
}
