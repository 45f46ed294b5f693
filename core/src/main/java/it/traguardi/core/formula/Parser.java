package it.traguardi.core.formula;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.Limits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Analisi: reads a formula by recursive descent, one method per precedence level, and collects every
 * problem it can instead of stopping at the first.
 *
 * <pre>
 * formula    = expression END
 * expression = term { ("+" | "-") term }
 * term       = unary { ("*" | "/") unary }
 * unary      = "-" unary | primary
 * primary    = NUMBER | CODE | "[" any code "]" | "(" expression ")" | call
 * call       = NAME "(" [ argument { ("," | ";") argument } ] ")"
 * condition  = expression ("<" | "<=" | ">" | ">=" | "=" | "&lt;&gt;") expression   -- first argument of if only
 * </pre>
 *
 * <p>Function arguments are separated by {@code ;} or {@code ,}. A decimal comma is accepted outside
 * function calls ({@code A * 0,5}); inside the parentheses of a call it is rejected as ambiguous
 * ({@code max(1,5)}): write {@code 1.5}, or separate the arguments with {@code ;}.
 */
public final class Parser {

    /** Deeper nesting of parentheses, minus signs and calls is refused, so that reading cannot exhaust the stack. */
    static final int MAX_DEPTH = 64;
    /** A taller tree is refused, so that no walk over it (check, evaluation, printing) can exhaust the stack. */
    static final int MAX_HEIGHT = Limits.FORMULA_DEPTH;
    private static final Expr PLACEHOLDER = new Expr.Literal(BigDecimal.ZERO);

    private final List<Token> tokens;
    private final List<Problem> problems;
    private int current;
    private int depth;
    private int callDepth;
    /** The height of every composite expression built, by identity (leaves are 1). */
    private final Map<Expr, Integer> heights = new IdentityHashMap<>();
    /** Set when the text is too deeply nested: the rest is skipped and nothing more is reported. */
    private boolean abandoned;

    private Parser(Lexer.Scan scan) {
        this.tokens = scan.tokens();
        this.problems = new ArrayList<>(scan.problems());
    }

    /** Reads a formula: never throws on bad input, but reports every problem it finds. */
    public static ParseResult parse(String source) {
        if (source.length() > Limits.FORMULA) {
            return new ParseResult.Rejected(List.of(new Problem(Limits.FORMULA + 1,
                    Message.of("formula.too-long", Limits.FORMULA, source.length()))));
        }
        var parser = new Parser(Lexer.scan(source));
        var expr = parser.formula();
        if (parser.problems.isEmpty()) {
            return new ParseResult.Parsed(expr);
        }
        var sorted = new ArrayList<>(parser.problems);
        sorted.sort(Comparator.comparingInt(Problem::column));
        return new ParseResult.Rejected(sorted);
    }

    private Expr formula() {
        if (check(TokenKind.END)) {
            report(peek(), Message.of("formula.empty"));
            return PLACEHOLDER;
        }
        var expr = expression();
        while (!check(TokenKind.END)) {
            recoverFromStray();
        }
        return expr;
    }

    /** After a complete expression something is left: report it, skip it and read on. */
    private void recoverFromStray() {
        var token = peek();
        if (token.kind().comparison().isPresent()) {
            strayComparison();
        } else if (token.kind().startsOperand()) {
            report(token, Message.of("formula.expected.operator", token.lexeme()));
            expression();
        } else {
            report(token, Message.of("formula.unexpected", token.lexeme()));
            advance();
        }
    }

    private Expr expression() {
        var expr = term();
        while (check(TokenKind.PLUS) || check(TokenKind.MINUS)) {
            var token = advance();
            var operator = token.kind() == TokenKind.PLUS ? Operator.ADD : Operator.SUBTRACT;
            expr = built(token, new Expr.Binary(expr, operator, term()));
        }
        return expr;
    }

    private Expr term() {
        var expr = unary();
        while (check(TokenKind.STAR) || check(TokenKind.SLASH)) {
            var token = advance();
            var operator = token.kind() == TokenKind.STAR ? Operator.MULTIPLY : Operator.DIVIDE;
            expr = built(token, new Expr.Binary(expr, operator, unary()));
        }
        return expr;
    }

    private Expr unary() {
        if (!check(TokenKind.MINUS)) {
            return primary();
        }
        var minus = advance();
        if (!deeper(minus)) {
            return PLACEHOLDER;
        }
        var operand = unary();
        depth--;
        return built(minus, new Expr.Negate(operand));
    }

    private Expr primary() {
        var token = peek();
        return switch (token.kind()) {
            case NUMBER -> number(advance());
            case BRACKETED_CODE -> new Expr.Reference(advance().value());
            case CODE -> codeOrCall(advance());
            case LEFT_PAREN -> grouping(advance());
            case ERROR -> skipped(advance());
            case PLUS, MINUS, STAR, SLASH, RIGHT_PAREN, COMMA, SEMICOLON, LESS, LESS_EQUAL, GREATER,
                 GREATER_EQUAL, EQUAL, NOT_EQUAL, END -> missingOperand(token);
        };
    }

    private Expr codeOrCall(Token code) {
        return check(TokenKind.LEFT_PAREN) ? call(code) : new Expr.Reference(code.value());
    }

    /** Text the lexer could not read stands in for an operand; it was reported already. */
    private static Expr skipped(Token error) {
        return PLACEHOLDER;
    }

    private Expr number(Token token) {
        if (callDepth > 0 && token.lexeme().indexOf(',') >= 0) {
            report(token, Message.of("formula.number.comma-in-call", token.lexeme(), token.value()));
        }
        return new Expr.Literal(new BigDecimal(token.value()));
    }

    private Expr grouping(Token open) {
        if (!deeper(open)) {
            return PLACEHOLDER;
        }
        var expr = expression();
        if (peek().kind().comparison().isPresent()) {
            strayComparison();
        }
        closing(open);
        depth--;
        return expr;
    }

    private Expr call(Token name) {
        var open = advance();
        if (!deeper(open)) {
            return PLACEHOLDER;
        }
        callDepth++;
        var arguments = new Arguments();
        if (!check(TokenKind.RIGHT_PAREN)) {
            do {
                arguments.read(this, Function.IF.equalsIgnoreCase(name.value()) && arguments.none());
            } while (match(TokenKind.COMMA) || match(TokenKind.SEMICOLON));
        }
        closing(open);
        callDepth--;
        depth--;
        return arguments.toExpr(this, name);
    }

    /** The arguments of a call as they are read: the condition of an if, then expressions. */
    private static final class Arguments {
        private Expr.Condition condition;
        private final List<Expr> expressions = new ArrayList<>();

        boolean none() {
            return condition == null && expressions.isEmpty();
        }

        void read(Parser parser, boolean conditionExpected) {
            if (conditionExpected) {
                condition = parser.condition();
                return;
            }
            expressions.add(parser.expression());
            if (parser.peek().kind().comparison().isPresent()) {
                parser.strayComparison();
            }
        }

        Expr toExpr(Parser parser, Token name) {
            if (Function.IF.equalsIgnoreCase(name.value())) {
                return parser.choice(name, condition, expressions);
            }
            Optional<Function> function = Function.named(name.value());
            if (function.isEmpty()) {
                parser.report(name, Message.of("formula.function.unknown", name.lexeme()));
                return PLACEHOLDER;
            }
            var f = function.get();
            if (!f.accepts(expressions.size())) {
                parser.report(name, Message.of("formula.function.arity", f.text(), f.arity(), expressions.size()));
                return PLACEHOLDER;
            }
            return parser.built(name, new Expr.Call(f, expressions));
        }
    }

    private Expr choice(Token name, Expr.Condition condition, List<Expr> branches) {
        if (condition == null || branches.size() != 2) {
            int count = branches.size() + (condition == null ? 0 : 1);
            report(name, Message.of("formula.function.arity", Function.IF, "3", count));
            return PLACEHOLDER;
        }
        return built(name, new Expr.Choice(condition, branches.get(0), branches.get(1)));
    }

    private Expr.Condition condition() {
        var left = expression();
        var token = peek();
        var comparator = token.kind().comparison();
        if (comparator.isEmpty()) {
            report(token, Message.of("formula.if.condition"));
            return new Expr.Condition(left, Comparison.EQUAL, left);
        }
        advance();
        return new Expr.Condition(left, comparator.get(), expression());
    }

    /** A comparison where no condition is allowed: report it, and read its right side for more problems. */
    private void strayComparison() {
        var token = advance();
        report(token, Message.of("formula.comparison.outside-if", token.lexeme()));
        expression();
    }

    private void closing(Token open) {
        if (match(TokenKind.RIGHT_PAREN)) {
            return;
        }
        report(peek(), Message.of("formula.expected.closing", open.column()));
    }

    private Expr missingOperand(Token token) {
        if (token.kind() == TokenKind.END) {
            report(token, Message.of("formula.unexpected.end"));
        } else {
            report(token, Message.of("formula.expected.operand", token.lexeme()));
        }
        return PLACEHOLDER;
    }

    /**
     * A composite expression just built, with its height; one taller than {@link #MAX_HEIGHT} is
     * refused at its token ({@code A + A + ...} grows one level an operator) and the rest skipped.
     */
    private Expr built(Token token, Expr expr) {
        int height = 1 + children(expr).stream().mapToInt(e -> heights.getOrDefault(e, 1)).max().orElse(0);
        if (height > MAX_HEIGHT && !abandoned) {
            report(token, Message.of("formula.height.too-tall", MAX_HEIGHT));
            abandoned = true;
            current = tokens.size() - 1;
            return PLACEHOLDER;
        }
        heights.put(expr, height);
        return expr;
    }

    private static List<Expr> children(Expr expr) {
        return switch (expr) {
            case Expr.Literal number -> List.of();
            case Expr.Reference measure -> List.of();
            case Expr.Negate negate -> List.of(negate.operand());
            case Expr.Binary binary -> List.of(binary.left(), binary.right());
            case Expr.Call call -> call.arguments();
            case Expr.Choice choice -> List.of(choice.condition().left(), choice.condition().right(),
                    choice.whenTrue(), choice.whenFalse());
        };
    }

    private boolean deeper(Token token) {
        if (depth >= MAX_DEPTH) {
            report(token, Message.of("formula.nesting.too-deep", MAX_DEPTH));
            abandoned = true;
            current = tokens.size() - 1;
            return false;
        }
        depth++;
        return true;
    }

    /** One problem per column: a token the lexer rejected, or one already reported, is not told twice. */
    private void report(Token token, Message message) {
        if (!abandoned && token.kind() != TokenKind.ERROR && problems.stream().noneMatch(p -> p.column() == token.column())) {
            problems.add(new Problem(token.column(), message));
        }
    }

    private boolean match(TokenKind kind) {
        if (!check(kind)) {
            return false;
        }
        advance();
        return true;
    }

    private boolean check(TokenKind kind) {
        return peek().kind() == kind;
    }

    private Token advance() {
        var token = peek();
        if (token.kind() != TokenKind.END) {
            current++;
        }
        return token;
    }

    private Token peek() {
        return tokens.get(current);
    }
}
