/**
 * Values used everywhere: bilingual text, periods ({@link org.stocktake.shared.Period}, the one period
 * type: no other class parses period text), problems found in user input, and text files read
 * in their detected encoding ({@link org.stocktake.shared.TextFiles}). No Spring beans, no SQL, no
 * dependency on any other module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.stocktake.shared;
