package it.traguardi.web.account;

/**
 * Dove tornare dopo l'accesso: a path on this server, never another site. Only a path that starts
 * with one {@code /} is followed; {@code //evil.example}, {@code /\evil.example}, {@code https://...},
 * control characters and anything else send the person to the home page instead (an open redirect
 * would let a link to our sign-in page land a person on a look-alike site).
 */
final class LocalPath {

    static final String HOME = "/";
    private static final int MAX = 2000;

    private LocalPath() {
    }

    /** The target if it is a local path, else the home page. */
    static String orHome(String target) {
        if (target == null || target.isEmpty() || target.length() > MAX || !target.startsWith("/")) {
            return HOME;
        }
        if (target.startsWith("//") || target.contains("\\")) {
            return HOME;
        }
        return target.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? target : HOME;
    }
}
