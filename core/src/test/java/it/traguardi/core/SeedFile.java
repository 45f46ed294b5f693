package it.traguardi.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lines of the Modena 2022 seed (docs/domain.md, "The Integra file"), from the test classpath
 * where core/pom.xml puts exchange's one copy of it, so that the tests read nothing from outside the
 * repository.
 */
public final class SeedFile {

    public static final String RESOURCE = "/seed/alberatura-modena-2022.tsv";

    private SeedFile() {
    }

    public static List<String> lines() {
        try (var in = SeedFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the seed is missing from the test classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
