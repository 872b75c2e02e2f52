/**
 * 防止返贫监测和帮扶 (return-to-poverty monitoring): households under monitoring with their
 * members, income items, risks, assistance measures and monthly employment records, every change
 * kept as history; the rules (monitoring line per province and year, consistency rules, removal
 * conditions) in the plain-Java {@code rules} package; identification and removal procedures with
 * the role that owns each step; department screening of uploaded feeds into clues; early warning
 * per region; the national extract's import and export. Personal data (ID and phone numbers) are
 * encrypted at rest and masked everywhere except for the county roles that need them; above the
 * county only aggregates leave this module. Every read of personal data and every write takes the
 * caller ({@link org.stocktake.accounts.Actor}) and is checked here, never in {@code web}. Owns the
 * {@code households_*} tables.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "households",
        allowedDependencies = {"accounts", "platform", "regions", "shared"})
package org.stocktake.households;
