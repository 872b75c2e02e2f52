package org.stocktake.web;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.shared.InvalidInputException;

/** A page the caller may not see says so (403) in words instead of a stack trace. */
@ControllerAdvice(assignableTypes = {SupervisionPageController.class, AccountPageController.class,
    SupervisionActionController.class})
class PageErrors {

    @ExceptionHandler(NotPermittedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused(NotPermittedException e, Model model, Locale locale) {
        model.addAttribute("message", e.message(locale));
        return "denied";
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String invalid(InvalidInputException e, Model model, Locale locale) {
        model.addAttribute("message", e.report(locale));
        return "denied";
    }
}
