package it.traguardi.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Impronta di una voce: the SHA-256 of an audit entry's canonical content and the previous entry's
 * hash, in lower-case hex. The canonical content is every column in a fixed order, each written as
 * its length, a colon and its text (an absent entity, year or node as {@code ~}), so no two
 * different entries share it; the time is the instant to the microsecond the column keeps.
 */
final class AuditHash {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    /** The columns of one entry as stored, nullable where the table allows it. */
    record Row(long sequence, Instant at, String actor, String address, String entity, Integer year, Integer node,
            String kind, String subject, String before, String after, String reason, String previousHash) {
    }

    private AuditHash() {
    }

    static String of(Row row) {
        var text = new StringBuilder();
        for (Object field : new Object[] {row.sequence(), row.at(), row.actor(), row.address(), row.entity(),
                row.year(), row.node(), row.kind(), row.subject(), row.before(), row.after(), row.reason(),
                row.previousHash()}) {
            if (field == null) {
                text.append('~');
            } else {
                var written = field.toString();
                text.append(written.length()).append(':').append(written);
            }
            text.append('\n');
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
