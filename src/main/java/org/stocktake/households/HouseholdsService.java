package org.stocktake.households;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditService;
import org.stocktake.households.rules.Consistency;
import org.stocktake.households.rules.Finding;
import org.stocktake.households.rules.Household;
import org.stocktake.households.rules.IdNumber;
import org.stocktake.households.rules.MonitoringLines;
import org.stocktake.households.rules.Removal;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Problem;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The door of 防返贫 monitoring: imports and exports of the national extract, a county's households
 * (masked unless the caller's role needs the numbers, every view audited), the rule check, and
 * aggregates for everyone above the county. Every method takes the caller and checks it through
 * {@link Access}.
 */
@Service
public class HouseholdsService {

    private static final ObjectMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    private final HouseholdRepository repository;
    private final PersonalCipher cipher;
    private final AuditService audit;
    private final Clock clock;
    private final RegionService regions;
    private final double alertFactor;
    private final long alertMinimum;

    HouseholdsService(
            HouseholdRepository repository,
            PersonalCipher cipher,
            AuditService audit,
            Clock clock,
            RegionService regions,
            @Value("${stocktake.households.alert-factor:2.0}") double alertFactor,
            @Value("${stocktake.households.alert-minimum:5}") long alertMinimum) {
        this.repository = repository;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.regions = regions;
        this.alertFactor = alertFactor;
        this.alertMinimum = alertMinimum;
    }

    /** Imports an extract whole or not at all; a household whose content is unchanged is left alone. */
    @Transactional
    public ImportSummary importExtract(Actor actor, String source, InputStream xlsx) {
        Access.importer(actor);
        List<HouseholdData> read = ExtractWorkbook.read(source, xlsx);
        List<Problem> refused = new ArrayList<>();
        for (HouseholdData d : read) {
            try {
                Access.write(actor, d.county());
            } catch (RuntimeException e) {
                refused.add(Problem.of(d.code(), "households.import.not-your-county", d.county()));
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(source, refused);
        }
        return store(actor, read, "import");
    }

    ImportSummary store(Actor actor, List<HouseholdData> households, String action) {
        Map<String, String> known = new HashMap<>();
        for (int i = 0; i < households.size(); i += 1000) {
            known.putAll(repository.fingerprints(households.subList(i, Math.min(households.size(), i + 1000)).stream()
                    .map(HouseholdData::code)
                    .toList()));
        }
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        Instant now = clock.instant();
        for (HouseholdData d : households) {
            String fp = cipher.hash(d.toString());
            String before = known.get(d.code());
            if (fp.equals(before)) {
                unchanged++;
                continue;
            }
            List<HouseholdRepository.SealedMember> sealed = new ArrayList<>();
            for (int i = 0; i < d.contacts().size(); i++) {
                String id = d.rules().members().get(i).idNumber();
                String phone = d.contacts().get(i).phone();
                sealed.add(new HouseholdRepository.SealedMember(
                        d.contacts().get(i).relation(),
                        cipher.encrypt(id),
                        cipher.hash(id),
                        IdNumber.mask(id),
                        cipher.encrypt(phone),
                        IdNumber.mask(phone)));
            }
            long id = repository.save(d, fp, sealed, actor.username(), now);
            repository.history(id, now, actor.username(), before == null ? action : action + "-change", snapshot(d));
            if (before == null) {
                added++;
            } else {
                changed++;
            }
        }
        audit.record(actor, "households", "extract", action, null, Map.of("added", added, "changed", changed));
        return new ImportSummary(added, changed, unchanged);
    }

    /** The household as it was stored, with personal numbers masked: what the history keeps. */
    private static String snapshot(HouseholdData d) {
        List<Household.Member> masked = d.rules().members().stream()
                .map(m -> new Household.Member(
                        IdNumber.mask(m.idNumber()), m.skill(), m.schooling(), m.medicalInsured(), m.illnessInsured()))
                .toList();
        Household h = d.rules();
        Household safe = new Household(
                h.code(),
                h.province(),
                h.category(),
                h.identifiedOn(),
                h.clearedOn(),
                h.safetyNet(),
                h.housingSafe(),
                h.waterSafe(),
                masked,
                h.incomes(),
                h.risks(),
                h.measures(),
                h.employment());
        Map<String, Object> s = new HashMap<>();
        s.put("county", d.county());
        s.put("village", d.villageName());
        s.put("household", safe);
        return JSON.writeValueAsString(s);
    }

    /** The caller's county's households: no personal field. */
    public List<HouseholdRow> households(Actor actor) {
        return repository.rows(Access.personalCounty(actor));
    }

    /** One household of the caller's county, masked unless the caller's role needs the numbers; audited. */
    public HouseholdView household(Actor actor, String code) {
        String county = Access.personalCounty(actor);
        HouseholdRepository.Stored s = repository
                .load(code)
                .filter(x -> x.county().equals(county))
                .orElseThrow(
                        () -> new InvalidInputException(code, List.of(Problem.of(code, "households.unknown", code))));
        boolean unmasked = Access.unmasked(actor);
        audit.record(
                actor, "household", code, unmasked ? "view-personal-unmasked" : "view-personal-masked", null, null);
        Household h = s.rules();
        List<HouseholdView.MemberView> members = new ArrayList<>();
        for (int i = 0; i < s.sealed().size(); i++) {
            HouseholdRepository.SealedMember m = s.sealed().get(i);
            Household.Member r = h.members().get(i);
            members.add(new HouseholdView.MemberView(
                    m.relation(),
                    unmasked ? cipher.decrypt(m.idCipher()) : m.idMasked(),
                    unmasked
                            ? Objects.toString(cipher.decrypt(m.phoneCipher()), "")
                            : Objects.toString(m.phoneMasked(), ""),
                    r.skill().code(),
                    r.schooling().code(),
                    r.medicalInsured()));
        }
        LocalDate today = LocalDate.now(clock);
        Removal.Result removal = Removal.check(h, repository.lines(), today);
        return new HouseholdView(
                h.code(),
                s.villageName(),
                h.category().code(),
                h.identifiedOn(),
                h.clearedOn(),
                h.safetyNet(),
                s.sample(),
                members,
                h.risks().stream().map(r -> r.type().code()).toList(),
                h.measures().stream().map(m -> m.type().code()).toList(),
                removal.unmet().stream().map(Removal.Condition::key).toList(),
                findings(h, today).stream().map(f -> f.check().key()).toList(),
                repository.historyOf(s.id()));
    }

    /** The removal conditions of one household of the caller's county. */
    public Removal.Result removal(Actor actor, String code) {
        String county = Access.personalCounty(actor);
        HouseholdRepository.Stored s = repository
                .load(code)
                .filter(x -> x.county().equals(county))
                .orElseThrow(
                        () -> new InvalidInputException(code, List.of(Problem.of(code, "households.unknown", code))));
        return Removal.check(s.rules(), repository.lines(), LocalDate.now(clock));
    }

    /** The extract of the caller's county, numbers masked unless the caller's role needs them; audited. */
    public byte[] exportExtract(Actor actor) {
        String county = Access.personalCounty(actor);
        boolean unmasked = Access.unmasked(actor);
        List<HouseholdData> out = new ArrayList<>();
        for (HouseholdRepository.Stored s : repository.loadCounty(county)) {
            out.add(data(s, unmasked));
        }
        audit.record(actor, "households", county, unmasked ? "export-unmasked" : "export-masked", null, out.size());
        return ExtractWorkbook.write(out);
    }

    private HouseholdData data(HouseholdRepository.Stored s, boolean unmasked) {
        Household h = s.rules();
        List<Household.Member> members = new ArrayList<>();
        List<HouseholdData.Contact> contacts = new ArrayList<>();
        for (int i = 0; i < s.sealed().size(); i++) {
            HouseholdRepository.SealedMember m = s.sealed().get(i);
            Household.Member r = h.members().get(i);
            members.add(new Household.Member(
                    unmasked ? cipher.decrypt(m.idCipher()) : m.idMasked(),
                    r.skill(),
                    r.schooling(),
                    r.medicalInsured(),
                    r.illnessInsured()));
            contacts.add(new HouseholdData.Contact(
                    m.relation(),
                    unmasked
                            ? Objects.toString(cipher.decrypt(m.phoneCipher()), "")
                            : Objects.toString(m.phoneMasked(), "")));
        }
        Household copy = new Household(
                h.code(),
                h.province(),
                h.category(),
                h.identifiedOn(),
                h.clearedOn(),
                h.safetyNet(),
                h.housingSafe(),
                h.waterSafe(),
                members,
                h.incomes(),
                h.risks(),
                h.measures(),
                h.employment());
        return new HouseholdData(s.county(), "", s.villageName(), null, s.sample(), copy, contacts);
    }

    /** The rule check over the caller's county (or every county for the operator at the machine). */
    public List<CheckLine> check(Actor actor) {
        String county = Access.system(actor) ? null : Access.personalCounty(actor);
        LocalDate today = LocalDate.now(clock);
        MonitoringLines lines = repository.lines();
        List<CheckLine> out = new ArrayList<>();
        for (HouseholdRepository.Stored s : repository.loadCounty(county)) {
            for (Finding f : findings(s.rules(), today)) {
                out.add(new CheckLine(
                        s.rules().code(), s.county(), "finding", f.check().key(), f.subject()));
            }
            if (!s.rules().cleared()) {
                for (Removal.Condition c :
                        Removal.check(s.rules(), lines, today).unmet()) {
                    out.add(new CheckLine(s.rules().code(), s.county(), "condition", c.key(), ""));
                }
            }
        }
        return out;
    }

    /** Stored ID numbers were checked on import and are held masked here: their check is not repeated. */
    private static List<Finding> findings(Household h, LocalDate today) {
        return Consistency.check(h, today).stream()
                .filter(f -> f.check() != Finding.Check.INVALID_ID_NUMBER)
                .toList();
    }

    /**
     * Aggregates per county within a region the caller covers (the province {@code 430000}, a
     * prefecture, a county), with the early-warning flag: new identifications this month at least
     * the configured factor times last month's and at least the configured minimum.
     */
    public List<RegionFigures> figures(Actor actor, String region) {
        Access.aggregates(actor, region);
        String prefix = region.endsWith("0000")
                ? region.substring(0, 2)
                : region.endsWith("00") ? region.substring(0, 4) : region;
        YearMonth month = YearMonth.now(clock);
        return repository.countyFigures(prefix, month).stream()
                .map(f -> new RegionFigures(
                        f.region(),
                        regions.find(f.region())
                                .map(Region::name)
                                .orElse(LocalizedText.of("households.region.unnamed", f.region())),
                        f.households(),
                        f.monitored(),
                        f.cleared(),
                        f.identifiedThisMonth(),
                        f.identifiedLastMonth(),
                        f.byCategory(),
                        f.byRisk(),
                        f.identifiedThisMonth() >= alertMinimum
                                && f.identifiedThisMonth() >= alertFactor * f.identifiedLastMonth()))
                .toList();
    }
}
