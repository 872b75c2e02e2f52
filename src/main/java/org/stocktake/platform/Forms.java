package org.stocktake.platform;

import java.util.Locale;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.shared.ConflictException;
import org.stocktake.shared.InvalidInputException;

/** The one way a page form runs its action and answers. */
public final class Forms {

    private Forms() {}

    /**
     * Runs a form's action and goes back to its page with a notice, or with the reason it was not
     * saved (a conflict, a state that does not allow it, bad input). A refusal by role or scope is
     * not a form error: it is answered 403 by the error handler.
     */
    public static String act(String back, RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "saved");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.message(locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.report(locale));
        }
        return "redirect:" + back;
    }
}
