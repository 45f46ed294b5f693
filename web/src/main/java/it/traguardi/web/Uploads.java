package it.traguardi.web;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Files sent with a form: the bytes of the one under a field name, if the user chose one. The name a
 * browser gives is the client's word: only its last part is kept (no folders, so no {@code ../}),
 * without control or bidirectional characters, and at most {@value #MAX_NAME} characters long; it is
 * shown on pages and in messages, never used as a path.
 */
public final class Uploads {

    public static final int MAX_NAME = 200;

    private Uploads() {
    }

    /** The file's name and bytes (perhaps none), or empty when the field holds no file. */
    public static Optional<Upload> of(io.javalin.http.Context ctx, String field) {
        UploadedFile file = ctx.uploadedFile(field);
        if (file == null || file.filename().isBlank()) {
            return Optional.empty();
        }
        try (var in = file.content()) {
            return Optional.of(new Upload(safeName(file.filename(), "file"), in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name to show for a file the client named {@code given} (perhaps null), or {@code otherwise}. */
    public static String safeName(String given, String otherwise) {
        if (given == null) {
            return otherwise;
        }
        var last = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        var clean = new StringBuilder();
        last.codePoints().filter(c -> !Character.isISOControl(c) && !bidi(c))
                .limit(MAX_NAME).forEach(clean::appendCodePoint);
        var name = clean.toString().strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? otherwise : name;
    }

    private static boolean bidi(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F;
    }

    /** An uploaded file as read. */
    public record Upload(String name, byte[] bytes) {
    }
}
