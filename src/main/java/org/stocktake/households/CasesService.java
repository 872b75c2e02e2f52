package org.stocktake.households;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditService;
import org.stocktake.households.rules.FeedKind;
import org.stocktake.households.rules.IdNumber;
import org.stocktake.households.rules.MeasureType;
import org.stocktake.households.rules.Removal;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/**
 * Cases: department screening into clues, clues closed with a result, the identification and
 * removal procedures step by step (each step by the role that owns it, with its document and a due
 * date), and assistance measures. Every method takes the caller and checks it through {@link Access}.
 */
@Service
public class CasesService {

    private final JdbcClient jdbc;
    private final HouseholdRepository households;
    private final PersonalCipher cipher;
    private final AuditService audit;
    private final Clock clock;
    private final int identificationDays;
    private final int removalDays;

    CasesService(
            JdbcClient jdbc,
            HouseholdRepository households,
            PersonalCipher cipher,
            AuditService audit,
            Clock clock,
            @Value("${stocktake.households.identification-days:15}") int identificationDays,
            @Value("${stocktake.households.removal-days:30}") int removalDays) {
        this.jdbc = jdbc;
        this.households = households;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.identificationDays = identificationDays;
        this.removalDays = removalDays;
    }

    /** What a screening did: feed rows read, clues for monitored households, clues for other residents. */
    public record ScreenSummary(long rows, long householdClues, long residentClues) {}

    /**
     * Screens department feed files (checked whole first) against the stored households by the keyed
     * hash of each ID number; each row at or above its threshold becomes an open clue. For the
     * operator at the machine and the coordinating office, which receive the departments' files.
     */
    @Transactional
    public ScreenSummary screen(Actor actor, List<Path> files) throws IOException {
        Access.screener(actor);
        List<FeedFiles.Row> rows = new ArrayList<>();
        FeedFiles.read(files, rows::add);
        long[] counts = new long[3];
        Instant now = clock.instant();
        for (FeedFiles.Row r : rows) {
            counts[0]++;
            if (r.fen() < r.kind().thresholdFen()) {
                continue;
            }
            String hash = cipher.hash(r.idNumber());
            var match = jdbc.sql("""
                    select h.id, h.county_code from households_member m join households_household h on h.id = m.household_id
                    where m.id_hash = :hash limit 1
                    """)
                    .param("hash", hash)
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                    .optional();
            String county = match.map(m -> (String) m[1]).orElse(r.county());
            jdbc.sql("""
                    insert into households_clue (county_code, source, kind, id_hash, id_cipher, id_masked, household_id,
                        amount_fen, created_at) values (:county, :source, :kind, :hash, :cipher, :masked, :household, :fen, :at)
                    """)
                    .param("county", county)
                    .param("source", r.kind().department())
                    .param("kind", r.kind().code())
                    .param("hash", hash)
                    .param("cipher", cipher.encrypt(r.idNumber()))
                    .param("masked", IdNumber.mask(r.idNumber()))
                    .param("household", match.map(m -> (Long) m[0]).orElse(null))
                    .param("fen", r.fen())
                    .param("at", Timestamp.from(now))
                    .update();
            counts[match.isPresent() ? 1 : 2]++;
        }
        audit.record(actor, "households", "screening", "screen", null, Map.of("rows", counts[0]));
        return new ScreenSummary(counts[0], counts[1], counts[2]);
    }

    /** The open and closed clues of the caller's county; viewing them is audited. */
    public List<ClueView> clues(Actor actor) {
        String county = Access.personalCounty(actor);
        audit.record(actor, "households", county, "view-clues", null, null);
        return jdbc.sql("""
                select c.id, c.kind, h.code, c.id_masked, coalesce(c.amount_fen, 0), c.created_at, c.result, c.reason
                from households_clue c left join households_household h on h.id = c.household_id
                where c.county_code = :c order by c.id
                """)
                .param("c", county)
                .query((rs, n) -> new ClueView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    /** Clues after a given id, for the operator's screening command at the machine (numbers masked). */
    public List<ClueView> cluesAfter(Actor actor, long after) {
        Access.screener(actor);
        if (!Access.system(actor)) {
            throw new org.stocktake.accounts.NotPermittedException(actor, "households.refused.personal");
        }
        return jdbc.sql("""
                select c.id, c.kind, h.code, c.id_masked, coalesce(c.amount_fen, 0), c.created_at, c.result, c.county_code
                from households_clue c left join households_household h on h.id = c.household_id
                where c.id > :after order by c.id
                """)
                .param("after", after)
                .query((rs, n) -> new ClueView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    /** The highest clue id so far (0 without clues). */
    public long lastClue() {
        return jdbc.sql("select coalesce(max(id), 0) from households_clue")
                .query(Long.class)
                .single();
    }

    /** A village cadre closes a clue as not at risk, with the reason found on the visit. */
    @Transactional
    public void closeNotAtRisk(Actor actor, long clue, String reason) {
        String county = clueCounty(actor, clue);
        Access.step(actor, org.stocktake.accounts.Role.VILLAGE, county);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", List.of(Problem.of("reason", "households.import.required")));
        }
        close(actor, clue, "not-at-risk", reason.strip());
    }

    private void close(Actor actor, long clue, String result, String reason) {
        int n = jdbc.sql("update households_clue set closed_at = :at, closed_by = :by, result = :r, reason = :why"
                        + " where id = :id and closed_at is null")
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.username())
                .param("r", result)
                .param("why", reason)
                .param("id", clue)
                .update();
        if (n == 0) {
            throw new InvalidInputException("clue", List.of(Problem.of("clue", "households.clue.closed")));
        }
        audit.record(actor, "clue", clue, "close", null, result);
    }

    private String clueCounty(Actor actor, long clue) {
        String county = Access.personalCounty(actor);
        return jdbc.sql("select county_code from households_clue where id = :id and county_code = :c")
                .param("id", clue)
                .param("c", county)
                .query(String.class)
                .optional()
                .orElseThrow(() ->
                        new InvalidInputException("clue", List.of(Problem.of("clue", "households.clue.unknown"))));
    }

    /** A village cadre opens the identification of a clue; the time limit runs from the clue's discovery. */
    @Transactional
    public long startIdentification(Actor actor, long clue) {
        String county = clueCounty(actor, clue);
        Access.step(actor, org.stocktake.accounts.Role.VILLAGE, county);
        Instant found = jdbc.sql("select created_at from households_clue where id = :id")
                .param("id", clue)
                .query(Timestamp.class)
                .single()
                .toInstant();
        LocalDate due = found.atZone(clock.getZone()).toLocalDate().plusDays(identificationDays);
        return open("identification", clue, null, county, due);
    }

    /** A village cadre opens the removal of a household; refused, naming each unmet condition, when they do not hold. */
    @Transactional
    public long startRemoval(Actor actor, String code) {
        String county = Access.personalCounty(actor);
        Access.step(actor, org.stocktake.accounts.Role.VILLAGE, county);
        HouseholdRepository.Stored s = stored(county, code);
        Removal.Result r = Removal.check(s.rules(), households.lines(), LocalDate.now(clock));
        if (!r.met()) {
            throw new InvalidInputException(
                    code, r.unmet().stream().map(c -> Problem.of(code, c.key())).toList());
        }
        return open("removal", null, s.id(), county, LocalDate.now(clock).plusDays(removalDays));
    }

    private HouseholdRepository.Stored stored(String county, String code) {
        return households
                .load(code)
                .filter(x -> x.county().equals(county))
                .orElseThrow(
                        () -> new InvalidInputException(code, List.of(Problem.of(code, "households.unknown", code))));
    }

    private long open(String kind, Long clue, Long household, String county, LocalDate due) {
        return jdbc.sql("""
                insert into households_procedure (kind, clue_id, household_id, county_code, started_at, due_on)
                values (:k, :c, :h, :county, :at, :due) returning id
                """)
                .param("k", kind)
                .param("c", clue)
                .param("h", household)
                .param("county", county)
                .param("at", Timestamp.from(clock.instant()))
                .param("due", Date.valueOf(due))
                .query(Long.class)
                .single();
    }

    /**
     * Does the next step of a procedure, by the role that owns it, with its document (a note of the
     * visit, the minutes of the review, the notice). The county's decision ends it: an identification
     * marks the household identified today (a resident outside the records becomes a new household,
     * coded as the decision says) and closes the clue; a removal marks the household cleared.
     */
    @Transactional
    public ProcedureView step(Actor actor, long procedure, String document, NewHousehold created) {
        String county = Access.personalCounty(actor);
        ProcedureView p = procedure(county, procedure);
        if (p.next() == null) {
            throw new InvalidInputException(
                    "procedure", List.of(Problem.of("procedure", "households.procedure.finished")));
        }
        Step next = Step.valueOf(p.next().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        Access.step(actor, next.owner(), county);
        if (document == null || document.isBlank()) {
            throw new InvalidInputException(
                    "document", List.of(Problem.of("document", "households.procedure.document")));
        }
        jdbc.sql("insert into households_step values (:p, :seq, :step, :at, :by, :role, :doc)")
                .param("p", procedure)
                .param("seq", p.done().size() + 1)
                .param("step", next.code())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.username())
                .param("role", actor.role().code())
                .param("doc", document.strip())
                .update();
        audit.record(actor, "procedure", procedure, next.code(), null, document.strip());
        if (next == Step.COUNTY_DECISION) {
            decideIdentification(actor, county, p, created);
        } else if (next == Step.REMOVAL_DECISION) {
            decideRemoval(actor, county, p);
        }
        return procedure(county, procedure);
    }

    /** What the county's identification decision records for a resident not yet in the records. */
    public record NewHousehold(String code, String villageCode, String villageName, String category) {}

    private void decideIdentification(Actor actor, String county, ProcedureView p, NewHousehold created) {
        LocalDate today = LocalDate.now(clock);
        long found = jdbc.sql("select coalesce(household_id, 0) from households_clue where id = :id")
                .param("id", p.clue())
                .query(Long.class)
                .single();
        Long household = found == 0 ? null : found;
        String code;
        if (household == null) {
            if (created == null || created.code() == null || created.code().isBlank()) {
                throw new InvalidInputException(
                        "code", List.of(Problem.of("code", "households.procedure.new-household")));
            }
            byte[] idCipher = jdbc.sql("select id_cipher from households_clue where id = :id")
                    .param("id", p.clue())
                    .query(byte[].class)
                    .single();
            String id = cipher.decrypt(idCipher);
            var rules = new org.stocktake.households.rules.Household(
                    created.code().strip(),
                    county.substring(0, 2),
                    org.stocktake.households.rules.Category.of(created.category()),
                    today,
                    null,
                    false,
                    true,
                    true,
                    List.of(new org.stocktake.households.rules.Household.Member(
                            id,
                            org.stocktake.households.rules.Household.LabourSkill.ORDINARY,
                            org.stocktake.households.rules.Household.Schooling.NONE,
                            true,
                            true)),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());
            HouseholdData d = new HouseholdData(
                    county,
                    created.villageCode(),
                    created.villageName(),
                    null,
                    false,
                    rules,
                    List.of(new HouseholdData.Contact("head", "")));
            long hid = households.save(
                    d,
                    cipher.hash(d.toString()),
                    List.of(new HouseholdRepository.SealedMember(
                            "head", cipher.encrypt(id), cipher.hash(id), IdNumber.mask(id), null, null)),
                    actor.username(),
                    clock.instant());
            households.history(hid, clock.instant(), actor.username(), "identified", "{}");
            code = created.code().strip();
        } else {
            jdbc.sql("update households_household set identified_on = :d, cleared_on = null, clear_method = null,"
                            + " version = version + 1 where id = :id")
                    .param("d", Date.valueOf(today))
                    .param("id", household)
                    .update();
            households.history(household, clock.instant(), actor.username(), "identified", "{}");
            code = jdbc.sql("select code from households_household where id = :id")
                    .param("id", household)
                    .query(String.class)
                    .single();
        }
        finish(p.id(), "identified");
        close(actor, p.clue(), "identified", code);
    }

    private void decideRemoval(Actor actor, String county, ProcedureView p) {
        HouseholdRepository.Stored s = stored(county, p.household());
        Removal.Result r = Removal.check(s.rules(), households.lines(), LocalDate.now(clock));
        if (!r.met()) {
            throw new InvalidInputException(
                    p.household(),
                    r.unmet().stream()
                            .map(c -> Problem.of(p.household(), c.key()))
                            .toList());
        }
        jdbc.sql("update households_household set cleared_on = :d, clear_method = 'assisted', version = version + 1"
                        + " where id = :id")
                .param("d", Date.valueOf(LocalDate.now(clock)))
                .param("id", s.id())
                .update();
        jdbc.sql("update households_risk set resolved_on = coalesce(resolved_on, :d) where household_id = :id")
                .param("d", Date.valueOf(LocalDate.now(clock)))
                .param("id", s.id())
                .update();
        households.history(s.id(), clock.instant(), actor.username(), "cleared", "{}");
        finish(p.id(), "cleared");
    }

    private void finish(long procedure, String outcome) {
        jdbc.sql("update households_procedure set finished_at = :at, outcome = :o where id = :id")
                .param("at", Timestamp.from(clock.instant()))
                .param("o", outcome)
                .param("id", procedure)
                .update();
    }

    /** The county office registers an assistance measure for a household. */
    @Transactional
    public void addMeasure(Actor actor, String code, String type, LocalDate start) {
        String county = Access.personalCounty(actor);
        Access.write(actor, county);
        HouseholdRepository.Stored s = stored(county, code);
        MeasureType t;
        try {
            t = MeasureType.of(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("type", List.of(Problem.of("type", "households.import.word", type)));
        }
        jdbc.sql("insert into households_measure values (:h, (select coalesce(max(seq), 0) + 1 from households_measure"
                        + " where household_id = :h), :t, :s, null)")
                .param("h", s.id())
                .param("t", t.code())
                .param("s", Date.valueOf(start == null ? LocalDate.now(clock) : start))
                .update();
        households.history(s.id(), clock.instant(), actor.username(), "measure-" + t.code(), "{}");
    }

    /** The procedures of the caller's county, open first, with their lights. */
    public List<ProcedureView> procedures(Actor actor) {
        String county = Access.personalCounty(actor);
        return jdbc
                .sql("select id from households_procedure where county_code = :c order by finished_at nulls first, id")
                .param("c", county)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> procedure(county, id))
                .toList();
    }

    private ProcedureView procedure(String county, long id) {
        var row = jdbc.sql("""
                select p.kind, p.clue_id,
                    coalesce(h.code, case when p.outcome = 'identified'
                        then (select c.reason from households_clue c where c.id = p.clue_id) end),
                    p.due_on, p.outcome, p.finished_at
                from households_procedure p left join households_household h on h.id = p.household_id
                where p.id = :id and p.county_code = :c
                """)
                .param("id", id)
                .param("c", county)
                .query((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getObject(2) == null ? null : rs.getLong(2),
                    rs.getString(3),
                    rs.getDate(4).toLocalDate(),
                    rs.getString(5),
                    rs.getTimestamp(6)
                })
                .optional()
                .orElseThrow(() -> new InvalidInputException(
                        "procedure", List.of(Problem.of("procedure", "households.procedure.unknown"))));
        List<String> done = jdbc.sql("select step from households_step where procedure_id = :p order by seq")
                .param("p", id)
                .query(String.class)
                .list();
        List<Step> steps = Step.of((String) row[0]);
        Step next = done.size() < steps.size() && row[5] == null ? steps.get(done.size()) : null;
        LocalDate due = (LocalDate) row[3];
        long left = ChronoUnit.DAYS.between(LocalDate.now(clock), due);
        String light = next == null ? "none" : left < 0 ? "red" : left <= 3 ? "yellow" : "green";
        return new ProcedureView(
                id,
                (String) row[0],
                (Long) row[1],
                (String) row[2],
                done,
                next == null ? null : next.code(),
                next == null ? null : next.owner().code(),
                due,
                light,
                (String) row[4]);
    }

    /** One procedure of the caller's county. */
    public ProcedureView procedure(Actor actor, long id) {
        return procedure(Access.personalCounty(actor), id);
    }

    /** A step done: which, when, by which role, with what document. */
    public record StepView(String step, Instant at, String role, String document) {}

    /** The steps done in one procedure of the caller's county, in order. */
    public List<StepView> steps(Actor actor, long id) {
        String county = Access.personalCounty(actor);
        procedure(county, id);
        return jdbc.sql(
                        "select step, done_at, role, document from households_step where procedure_id = :p order by seq")
                .param("p", id)
                .query((rs, n) ->
                        new StepView(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Assistance measure types, for forms. */
    public List<String> measureTypes() {
        return java.util.Arrays.stream(MeasureType.values())
                .map(MeasureType::code)
                .toList();
    }

    /** Feed kinds, for forms. */
    public List<String> feedKinds() {
        return java.util.Arrays.stream(FeedKind.values()).map(FeedKind::code).toList();
    }
}
