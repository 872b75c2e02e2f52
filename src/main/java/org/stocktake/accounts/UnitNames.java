package org.stocktake.accounts;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stocktake.shared.LocalizedText;

/**
 * A unit's name for a person, never its code: the English name on an English page where the unit
 * has one ({@link LocalizedText#in}, the one place that chooses a name by language), otherwise the
 * Chinese. Pages call it as {@code ${@unitNames.in(code)}}; a code no unit has is shown as given
 * (a unit typed in a file the platform does not know), and no code as empty.
 */
@Component("unitNames")
public class UnitNames {

    private final AccountService accounts;

    UnitNames(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The unit's name in the request's language. */
    public String in(String code) {
        return in(code, LocaleContextHolder.getLocale());
    }

    /** The unit's name in a language. */
    public String in(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return accounts.unit(code).map(u -> u.name().in(locale)).orElse(code);
    }
}
