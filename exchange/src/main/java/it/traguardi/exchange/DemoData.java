package it.traguardi.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The demo plan shipped with Traguardi: the Chamber of Commerce of Modena's 2022 alberatura. */
public final class DemoData {

    public static final String MODENA_2022 = "alberatura-modena-2022.tsv";

    private DemoData() {
    }

    public static byte[] modena2022() {
        try (var in = DemoData.class.getResourceAsStream("/demo/" + MODENA_2022)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the build: " + MODENA_2022);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
