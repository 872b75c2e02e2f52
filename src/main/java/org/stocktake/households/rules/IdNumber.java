package org.stocktake.households.rules;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-character citizen identity number of GB 11643-1999 and its ISO 7064 MOD 11-2 check character. */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumber() {}

    /** The check character of the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() < 17) {
            throw new IllegalArgumentException("17 digits needed");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("digit expected at position " + (i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Why the number is not a valid identity number, or {@code null} when it is. */
    public static Defect defect(String number) {
        if (number == null || number.length() != 18) {
            return Defect.LENGTH;
        }
        for (int i = 0; i < 17; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return Defect.CHARACTERS;
            }
        }
        char last = Character.toUpperCase(number.charAt(17));
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Defect.CHARACTERS;
        }
        if (birthDate(number) == null) {
            return Defect.BIRTH_DATE;
        }
        return checkCharacter(number) == last ? null : Defect.CHECK_CHARACTER;
    }

    public static boolean valid(String number) {
        return defect(number) == null;
    }

    /** The birth date written in the number, or {@code null} when it is no date. */
    public static LocalDate birthDate(String number) {
        try {
            return LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** A number with all but its first four and last four characters hidden: {@code 4301**********1234}. */
    public static String mask(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        if (number.length() <= 8) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    /** What is wrong with a number; its key names the reason in the bundles. */
    public enum Defect {
        LENGTH,
        CHARACTERS,
        BIRTH_DATE,
        CHECK_CHARACTER;

        public String key() {
            return "households.id." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
