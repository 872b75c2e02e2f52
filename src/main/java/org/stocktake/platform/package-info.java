/**
 * The shell every page stands in: the one error handler (RFC 9457 problems for the API, a page in
 * words for the browser, never a stack trace or a server path), request-parameter parsing with
 * errors naming the field, the one way a form runs its action ({@link org.stocktake.platform.Forms}),
 * web configuration (locale, static resources). Depends on {@code shared} only: every feature may
 * use it, it uses no feature. The exceptions it maps are {@code shared}'s.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "platform",
        allowedDependencies = {"shared"})
package org.stocktake.platform;
