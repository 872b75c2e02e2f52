/**
 * Observations and their history: an indicator's value for a region and period, kept as an
 * append-only chain of revisions (who, when, why, status, flags, source) with an approval
 * workflow (draft → submitted → approved or returned); imports (CSV, XLSX, SDMX-CSV: checked whole
 * before anything is written, all or nothing, idempotent, streamed) and exports in the same
 * formats; the published Hunan statistics that ship with Stocktake. Every revision keeps its
 * {@link org.stocktake.observations.Provenance} (quote, reliability class, the statement a derived
 * value rests on, the confirmation of a class C value): the reads verdicts use ({@code all},
 * {@code find}) leave unconfirmed class C values out, {@code published} shows them, marked; a
 * confirmation is an audited action. Owns the {@code data_*}
 * tables. Publishes {@link org.stocktake.observations.ObservationsChanged} inside every transaction
 * that changed values (an import, an edit, an approval), heard after the commit by verdicts,
 * cockpit and evaluation; never calls the verdict engine itself and hears nothing. Reads return
 * approved values unless they say
 * otherwise. Every read of unapproved values and every write takes the caller
 * ({@link org.stocktake.accounts.Actor}) and is checked here, by the one rule in
 * {@code DataAccess} (role, region scope, four eyes), so no page, API or command can skip it;
 * depends on accounts only for the actor, never the other way round. The format of an import is
 * read from the file's content, never from its name. A value returned to its submitter tells
 * them why through notifications (inbox and e-mail), in the transaction of the return.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "observations",
        allowedDependencies = {"accounts", "indicators", "notifications", "plan", "platform", "regions", "shared"})
package org.stocktake.observations;
