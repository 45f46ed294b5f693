package it.traguardi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** The temporary folders the benchmarks keep their databases in, removed with all they hold when a run ends. */
final class ScratchFolders {

    private ScratchFolders() {
    }

    /** Deletes the folder and everything under it, deepest first. */
    static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
