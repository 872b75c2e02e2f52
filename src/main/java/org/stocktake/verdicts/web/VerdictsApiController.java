package org.stocktake.verdicts.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.stocktake.accounts.Callers;
import org.stocktake.verdicts.Decomposed;
import org.stocktake.verdicts.RegionTarget;
import org.stocktake.verdicts.RegionVerdict;
import org.stocktake.verdicts.VerdictService;

/**
 * {@code GET /api/v1/plans/{code}/verdicts?region=&target=}: stored verdicts with their basis;
 * {@code GET /api/v1/plans/{code}/decomposition}: the region targets;
 * {@code POST /api/v1/plans/{code}/decomposition} (multipart {@code file}): imports a decomposition.
 */
@RestController
@RequestMapping("/api/v1/plans/{code}")
class VerdictsApiController {

    private final VerdictService verdicts;
    private final Callers callers;

    VerdictsApiController(VerdictService verdicts, Callers callers) {
        this.verdicts = verdicts;
        this.callers = callers;
    }

    /** One stored verdict as JSON. */
    record Row(
            String target,
            String region,
            int asOf,
            String method,
            String verdict,
            String label,
            String explanation,
            String basis,
            String basisLabel,
            boolean example,
            RegionTarget own,
            List<String> inputs) {

        static Row of(RegionVerdict v, Locale locale) {
            return new Row(
                    v.target(),
                    v.region(),
                    v.verdict().asOf(),
                    v.verdict().method().code(),
                    v.verdict().verdict().verdictClass().code(),
                    v.verdict().verdict().verdictClass().label().in(locale),
                    v.verdict().verdict().explanation().in(locale),
                    v.basis().code(),
                    v.basisLabel().in(locale),
                    v.example(),
                    v.own(),
                    v.verdict().inputs());
        }
    }

    @GetMapping("/verdicts")
    List<Row> verdicts(
            @PathVariable String code,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String target,
            Locale locale) {
        String plan = verdicts.plan(code).code();
        return verdicts.current(plan, blank(target), blank(region)).stream()
                .map(v -> Row.of(v, locale))
                .toList();
    }

    @GetMapping("/decomposition")
    List<RegionTarget> decomposition(@PathVariable String code) {
        return verdicts.regionTargets(verdicts.plan(code).code());
    }

    @PostMapping(value = "/decomposition", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Decomposed decompose(@PathVariable String code, @RequestParam MultipartFile file, Principal principal)
            throws IOException {
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        return verdicts.decompose(callers.orAnonymous(principal), code, name, content);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
