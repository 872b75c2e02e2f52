package org.stocktake.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Problem;

/**
 * Splits a formula text into tokens. Accepts {@code ×} and {@code ÷} for * and /, the minus sign
 * {@code −}, and the full-width {@code ＋ － ＊ ／ （ ） ，} and space that Chinese input methods produce.
 */
final class FormulaLexer {

    enum Kind {
        NUMBER,
        IDENTIFIER,
        PLUS,
        MINUS,
        STAR,
        SLASH,
        LPAREN,
        RPAREN,
        COMMA,
        END
    }

    /** A token and the 1-based position of its first character. */
    record Token(Kind kind, String text, int position) {
        boolean is(Kind k) {
            return kind == k;
        }
    }

    static final String FUNCTION_LIST = Arrays.stream(Formula.Function.values())
            .map(Formula.Function::label)
            .collect(Collectors.joining(", "));

    private final String source;
    private final String text;
    private Problem problem;

    FormulaLexer(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /** A problem at a position, worded the same way for every formula message. */
    static Problem at(String source, int position, String key, Object... args) {
        return Problem.of(source, "formula.at", position, LocalizedText.of(key, args));
    }

    /** The first problem met, or null; when there is one the tokens stop there. */
    Problem problem() {
        return problem;
    }

    List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length() && problem == null) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (isDigit(c) || c == '.') {
                i = number(tokens, i);
            } else if (isLetter(c)) {
                int end = i;
                while (end < text.length() && (isLetter(text.charAt(end)) || isDigit(text.charAt(end)))) {
                    end++;
                }
                tokens.add(new Token(Kind.IDENTIFIER, text.substring(i, end), i + 1));
                i = end;
            } else {
                Kind kind = symbol(c);
                if (kind == null) {
                    problem = at(source, i + 1, "formula.char", c);
                } else {
                    tokens.add(new Token(kind, String.valueOf(c), i + 1));
                }
                i++;
            }
        }
        tokens.add(new Token(Kind.END, "", text.length() + 1));
        return tokens;
    }

    private int number(List<Token> tokens, int start) {
        int end = start;
        while (end < text.length() && (isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        String digits = text.substring(start, end);
        if (!digits.matches("\\d+(\\.\\d+)?")) {
            problem = at(source, start + 1, "formula.number", digits);
        } else {
            tokens.add(new Token(Kind.NUMBER, digits, start + 1));
        }
        return end;
    }

    private static Kind symbol(char c) {
        return switch (c) {
            case '+', '＋' -> Kind.PLUS;
            case '-', '−', '－' -> Kind.MINUS;
            case '*', '×', '＊' -> Kind.STAR;
            case '/', '÷', '／' -> Kind.SLASH;
            case '(', '（' -> Kind.LPAREN;
            case ')', '）' -> Kind.RPAREN;
            case ',', '，' -> Kind.COMMA;
            default -> null;
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
}
