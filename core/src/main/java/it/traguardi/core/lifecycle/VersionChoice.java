package it.traguardi.core.lifecycle;

import java.util.Locale;
import java.util.Optional;

/**
 * Which version of a plan a reader asks for: the current one (the working version to the people
 * of its entity), the first approved ("as approved"), the latest approved ("as revised"), or an
 * approved version by its number (1 is the first approval, each approved revision one more).
 */
public sealed interface VersionChoice {

    VersionChoice CURRENT = new Current();
    VersionChoice APPROVED = new FirstApproved();
    VersionChoice REVISED = new LatestApproved();

    record Current() implements VersionChoice {
    }

    record FirstApproved() implements VersionChoice {
    }

    record LatestApproved() implements VersionChoice {
    }

    record Numbered(int number) implements VersionChoice {
        public Numbered {
            if (number < 1) {
                throw new IllegalArgumentException("versions are numbered from 1: " + number);
            }
        }
    }

    /**
     * Reads {@code approved}/{@code approvato}, {@code revised}/{@code rimodulato},
     * {@code current}/{@code corrente} or a version number; empty for anything else.
     */
    static Optional<VersionChoice> parse(String text) {
        var t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "approved", "approvato" -> Optional.of(APPROVED);
            case "revised", "rimodulato" -> Optional.of(REVISED);
            case "current", "corrente" -> Optional.of(CURRENT);
            default -> number(t);
        };
    }

    private static Optional<VersionChoice> number(String t) {
        if (!t.matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        var n = Integer.parseInt(t);
        return n >= 1 ? Optional.of(new Numbered(n)) : Optional.empty();
    }
}
