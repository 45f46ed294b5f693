package it.traguardi.web;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Files sent with a form: the bytes of the one under a field name, if the user chose one. */
public final class Uploads {

    private Uploads() {
    }

    /** The file's name and bytes (perhaps none), or empty when the field holds no file. */
    public static Optional<Upload> of(io.javalin.http.Context ctx, String field) {
        UploadedFile file = ctx.uploadedFile(field);
        if (file == null || file.filename().isBlank()) {
            return Optional.empty();
        }
        try (var in = file.content()) {
            return Optional.of(new Upload(file.filename(), in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An uploaded file as read. */
    public record Upload(String name, byte[] bytes) {
    }
}
