package org.stocktake.households.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.stocktake.accounts.Callers;
import org.stocktake.households.CheckLine;
import org.stocktake.households.HouseholdRow;
import org.stocktake.households.HouseholdView;
import org.stocktake.households.HouseholdsService;
import org.stocktake.households.ImportSummary;
import org.stocktake.households.RegionFigures;

/** Household monitoring in JSON (and the extract as XLSX). */
@RestController
@RequestMapping("/api/v1/households")
class HouseholdsApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HouseholdsService households;
    private final Callers callers;

    HouseholdsApiController(HouseholdsService households, Callers callers) {
        this.households = households;
        this.callers = callers;
    }

    @GetMapping
    List<HouseholdRow> list(Principal p) {
        return households.households(callers.of(p));
    }

    @GetMapping("/figures")
    List<RegionFigures> figures(Principal p, @RequestParam(defaultValue = "430000") String region) {
        return households.figures(callers.of(p), region);
    }

    @GetMapping("/check")
    List<CheckLine> check(Principal p) {
        return households.check(callers.of(p));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(Principal p) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"households.xlsx\"")
                .body(households.exportExtract(callers.of(p)));
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportSummary importExtract(Principal p, @RequestParam MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return households.importExtract(callers.of(p), file.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{code}")
    HouseholdView household(Principal p, @PathVariable String code) {
        return households.household(callers.of(p), code);
    }
}
