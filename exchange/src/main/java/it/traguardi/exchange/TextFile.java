package it.traguardi.exchange;

import it.traguardi.core.i18n.Message;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a UTF-8 text file, refusing what is not one: an empty file, a binary file, UTF-16,
 * Latin-1. Accepts a UTF-8 byte-order mark and CRLF line endings.
 */
public final class TextFile {

    private TextFile() {
    }

    public static List<String> lines(String file, byte[] bytes) throws ImportException {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        if (new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1).isBlank()) {
            throw fail(file, 0, "import.file.empty");
        }
        if (looksUtf16(bytes)) {
            throw fail(file, 0, "import.file.utf16");
        }
        int zero = firstZeroByte(bytes);
        if (zero >= 0) {
            throw fail(file, lineAt(bytes, zero), "import.file.binary");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw fail(file, firstBadLine(bytes, start), "import.file.not_utf8");
        }
        var lines = Arrays.asList(text.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
                lines.set(i, line);
            }
            var control = line.chars().filter(c -> c < 0x20 && c != '\t').findFirst();
            if (control.isPresent()) {
                throw new ImportException(List.of(new ImportProblem(file, i + 1, 0, Message.of("import.file.control",
                        String.format("U+%04X", control.getAsInt()), line.indexOf(control.getAsInt()) + 1))));
            }
        }
        return List.copyOf(lines);
    }

    private static int firstZeroByte(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The 1-based line of a byte, counting line feeds before it. */
    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** A UTF-16 byte-order mark, or the zero bytes between ASCII letters that UTF-16 text has. */
    private static boolean looksUtf16(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE
                || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)) {
            return true;
        }
        int n = Math.min(b.length, 400);
        int zerosAtOdd = 0;
        int zerosAtEven = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    zerosAtEven++;
                } else {
                    zerosAtOdd++;
                }
            }
        }
        return Math.max(zerosAtOdd, zerosAtEven) > n / 4 && Math.min(zerosAtOdd, zerosAtEven) < n / 50;
    }

    private static int firstBadLine(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    private static ImportException fail(String file, int line, String key) {
        return new ImportException(List.of(new ImportProblem(file, line, 0, Message.of(key))));
    }
}
