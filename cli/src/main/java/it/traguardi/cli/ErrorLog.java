package it.traguardi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The file where the command line keeps what an internal error looked like inside (its stack
 * trace), so that the terminal shows one line in the user's language and the path of this file.
 * {@value #VARIABLE} names it; otherwise it is {@code data/traguardi.log} under the working folder
 * (the launcher points it to the data folder beside itself, with the embedded database).
 */
final class ErrorLog {

    static final String VARIABLE = "TRAGUARDI_LOG";

    private final Path file;

    ErrorLog(Path file) {
        this.file = file;
    }

    static ErrorLog configured() {
        return configured(System.getenv());
    }

    static ErrorLog configured(Map<String, String> environment) {
        var named = environment.get(VARIABLE);
        return new ErrorLog(named == null || named.isBlank() ? Path.of("data", "traguardi.log") : Path.of(named.strip()));
    }

    Path file() {
        return file.toAbsolutePath().normalize();
    }

    /** Appends the time and the stack trace; false when the file cannot be written. */
    boolean append(Throwable failure) {
        var trace = new StringWriter();
        try (var writer = new PrintWriter(trace)) {
            writer.println("--- " + OffsetDateTime.now());
            failure.printStackTrace(writer);
        }
        try {
            var parent = file().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file(), trace.toString(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
