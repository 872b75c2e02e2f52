package org.stocktake.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stocktake.shared.Problem;

/**
 * What a new password must be: at least {@link #MIN_LENGTH} characters, not the user name, not one
 * character repeated, and not on the list of common passwords shipped with the platform
 * ({@code accounts/common-passwords.txt}, compared without case).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** The problems of a password for a user, each naming the field {@code where}; empty when it is acceptable. */
    /** A new random password that passes the policy (14 letters and digits, none easily mistaken for another). */
    static String temporary(String username, java.util.random.RandomGenerator random) {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        while (true) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 14; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (problems("password", username, b.toString()).isEmpty()) {
                return b.toString();
            }
        }
    }

    static List<Problem> problems(String where, String username, String password) {
        List<Problem> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(Problem.of(where, "accounts.password.too-short", MIN_LENGTH));
            return problems;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.of(where, "accounts.password.is-username"));
        } else if (password.codePoints().distinct().count() == 1) {
            problems.add(Problem.of(where, "accounts.password.one-character"));
        } else if (COMMON.contains(lower)) {
            problems.add(Problem.of(where, "accounts.password.common"));
        }
        return problems;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("accounts/common-passwords.txt is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
