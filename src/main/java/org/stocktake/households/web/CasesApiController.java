package org.stocktake.households.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.stocktake.accounts.Callers;
import org.stocktake.households.CasesService;
import org.stocktake.households.ClueView;
import org.stocktake.households.ProcedureView;

/** Clues, procedures, measures and feed uploads in JSON. */
@RestController
@RequestMapping("/api/v1/households")
class CasesApiController {

    private final CasesService cases;
    private final Callers callers;

    CasesApiController(CasesService cases, Callers callers) {
        this.cases = cases;
        this.callers = callers;
    }

    @GetMapping("/clues")
    List<ClueView> clues(Principal p) {
        return cases.clues(callers.of(p));
    }

    /** Body: {@code {"reason": "…"}}. */
    @PostMapping("/clues/{id}/not-at-risk")
    ResponseEntity<Void> notAtRisk(Principal p, @PathVariable long id, @RequestBody Map<String, String> body) {
        cases.closeNotAtRisk(callers.of(p), id, body.get("reason"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/clues/{id}/identification")
    Map<String, Long> identify(Principal p, @PathVariable long id) {
        return Map.of("procedure", cases.startIdentification(callers.of(p), id));
    }

    @PostMapping("/{code}/removal")
    Map<String, Long> removal(Principal p, @PathVariable String code) {
        return Map.of("procedure", cases.startRemoval(callers.of(p), code));
    }

    /** Body: {@code {"type": "employment", "start": "2026-01-01"}} (start optional). */
    @PostMapping("/{code}/measures")
    ResponseEntity<Void> measure(Principal p, @PathVariable String code, @RequestBody Map<String, String> body) {
        String start = body.get("start");
        cases.addMeasure(
                callers.of(p),
                code,
                body.get("type"),
                start == null || start.isBlank() ? null : LocalDate.parse(start));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/procedures")
    List<ProcedureView> procedures(Principal p) {
        return cases.procedures(callers.of(p));
    }

    /** Body: {@code {"document": "…"}}; the county's identification of a new resident adds code, villageCode, villageName, category. */
    @PostMapping("/procedures/{id}/step")
    ProcedureView step(Principal p, @PathVariable long id, @RequestBody Map<String, String> body) {
        CasesService.NewHousehold created = body.get("code") == null
                ? null
                : new CasesService.NewHousehold(
                        body.get("code"),
                        body.getOrDefault("villageCode", ""),
                        body.getOrDefault("villageName", ""),
                        body.getOrDefault("category", "sudden"));
        return cases.step(callers.of(p), id, body.get("document"), created);
    }

    @PostMapping(value = "/feeds", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CasesService.ScreenSummary feeds(Principal p, @RequestParam("file") List<MultipartFile> files) {
        List<Path> saved = new ArrayList<>();
        try {
            Path dir = Files.createTempDirectory("feeds");
            for (MultipartFile f : files) {
                String name = Path.of(f.getOriginalFilename() == null ? "feed.csv" : f.getOriginalFilename())
                        .getFileName()
                        .toString();
                Path to = dir.resolve(name.endsWith(".csv") ? name : name + ".csv");
                try (InputStream in = f.getInputStream()) {
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                }
                saved.add(to);
            }
            return cases.screen(callers.of(p), saved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Path s : saved) {
                s.toFile().delete();
            }
        }
    }
}
