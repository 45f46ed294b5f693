package it.traguardi.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out the test jars that the command-line tests borrow helpers from (web's, core's): the
 * architecture rules are about the program. {@code DoNotIncludeTests} knows test-classes folders,
 * not test jars.
 */
final class NoTestJars implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("-tests.jar");
    }
}
