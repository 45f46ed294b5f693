package it.traguardi.core.formula;

import it.traguardi.core.i18n.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Scansione: splits a formula's text into {@link Token}s, reporting unreadable text as problems and
 * going on after them.
 *
 * <p>Numbers: digits, optionally one decimal separator, {@code .} or {@code ,} ({@code 0.5} and
 * {@code 0,5} are the same number). No thousands separators: {@code 1.000.000} is rejected, and so is
 * a number whose separator is followed by exactly three digits after a non-zero integer part of at most
 * three digits ({@code 1.000}, {@code 2,125}), because an Italian reader and an English reader would read
 * it differently; write {@code 1000} or {@code 2.1250}. Codes: a letter followed by letters, digits,
 * {@code _} and {@code .}; any other code goes in square brackets ({@code [N. ImprAtt_UUUL_Tot]}).
 */
public final class Lexer {

    /** What the lexer gives: tokens ending with {@link TokenKind#END}, and the problems found. */
    public record Scan(List<Token> tokens, List<Problem> problems) {
        public Scan {
            tokens = List.copyOf(tokens);
            problems = List.copyOf(problems);
        }
    }

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int start;
    private int current;

    private Lexer(String source) {
        this.source = source;
    }

    public static Scan scan(String source) {
        var lexer = new Lexer(source);
        while (!lexer.atEnd()) {
            lexer.start = lexer.current;
            lexer.token();
        }
        lexer.tokens.add(new Token(TokenKind.END, "", "", source.length() + 1));
        return new Scan(lexer.tokens, lexer.problems);
    }

    /** Whether a code can be written without brackets: a letter, then letters, digits, _ and '.'. */
    public static boolean isBareCode(String code) {
        if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
            return false;
        }
        return code.chars().allMatch(Lexer::isCodePart);
    }

    private void token() {
        char c = advance();
        switch (c) {
            case ' ', '\t', '\r', '\n', '\u00A0' -> { }
            case '+' -> add(TokenKind.PLUS);
            case '-', '\u2212' -> add(TokenKind.MINUS);
            case '*' -> add(TokenKind.STAR);
            case '/' -> add(TokenKind.SLASH);
            case '(' -> add(TokenKind.LEFT_PAREN);
            case ')' -> add(TokenKind.RIGHT_PAREN);
            case ',' -> add(TokenKind.COMMA);
            case ';' -> add(TokenKind.SEMICOLON);
            case '=' -> add(TokenKind.EQUAL);
            case '\u2264' -> add(TokenKind.LESS_EQUAL);
            case '\u2265' -> add(TokenKind.GREATER_EQUAL);
            case '\u2260' -> add(TokenKind.NOT_EQUAL);
            case '<' -> add(match('=') ? TokenKind.LESS_EQUAL : match('>') ? TokenKind.NOT_EQUAL : TokenKind.LESS);
            case '>' -> add(match('=') ? TokenKind.GREATER_EQUAL : TokenKind.GREATER);
            case '[' -> bracketedCode();
            default -> other(c);
        }
    }

    private void other(char c) {
        if (isDigit(c)) {
            number();
        } else if (Character.isLetter(c)) {
            while (isCodePart(peek())) {
                advance();
            }
            add(TokenKind.CODE);
        } else {
            error(Message.of("formula.character.unknown", String.valueOf(c)));
        }
    }

    private void number() {
        digits();
        if (separatorBeforeDigit()) {
            advance();
            digits();
        }
        if (peek() == '.' && isDigit(peekNext()) || lexeme().indexOf('.') > 0 && separatorBeforeDigit()) {
            while (isDigit(peek()) || separatorBeforeDigit()) {
                advance();
            }
            error(Message.of("formula.number.grouping", lexeme()));
        } else if (isCodePart(peek())) {
            while (isCodePart(peek())) {
                advance();
            }
            error(Message.of("formula.code.starts-with-digit", lexeme()));
        } else if (ambiguous(lexeme())) {
            error(Message.of("formula.number.ambiguous", lexeme()));
        } else {
            tokens.add(new Token(TokenKind.NUMBER, lexeme(), lexeme().replace(',', '.'), start + 1));
        }
    }

    /** {@code 1.000} or {@code 2,125}: could be a thousand or a decimal, depending on the reader. */
    private static boolean ambiguous(String number) {
        int separator = Math.max(number.indexOf('.'), number.indexOf(','));
        return separator > 0 && separator <= 3 && number.length() - separator - 1 == 3
                && !number.substring(0, separator).chars().allMatch(d -> d == '0');
    }

    private void bracketedCode() {
        while (!atEnd() && peek() != ']') {
            advance();
        }
        if (atEnd()) {
            error(Message.of("formula.code.unclosed", lexeme()));
            return;
        }
        advance();
        var code = source.substring(start + 1, current - 1).strip();
        if (code.isEmpty()) {
            error(Message.of("formula.code.empty"));
        } else {
            tokens.add(new Token(TokenKind.BRACKETED_CODE, lexeme(), code, start + 1));
        }
    }

    private void digits() {
        while (isDigit(peek())) {
            advance();
        }
    }

    private boolean separatorBeforeDigit() {
        return (peek() == '.' || peek() == ',') && isDigit(peekNext());
    }

    private void add(TokenKind kind) {
        tokens.add(new Token(kind, lexeme(), lexeme(), start + 1));
    }

    private void error(Message message) {
        problems.add(new Problem(start + 1, message));
        tokens.add(new Token(TokenKind.ERROR, lexeme(), lexeme(), start + 1));
    }

    private String lexeme() {
        return source.substring(start, current);
    }

    private boolean match(char expected) {
        if (peek() != expected) {
            return false;
        }
        current++;
        return true;
    }

    private char advance() {
        return source.charAt(current++);
    }

    private char peek() {
        return atEnd() ? '\0' : source.charAt(current);
    }

    private char peekNext() {
        return current + 1 >= source.length() ? '\0' : source.charAt(current + 1);
    }

    private boolean atEnd() {
        return current >= source.length();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isCodePart(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }
}
