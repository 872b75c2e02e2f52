/**
 * Reports that go to leadership: the implementation evaluation report (实施效果评估报告) and the
 * supervision bulletin (督查通报), as PDF with an embedded CJK font, DOCX and XLSX, with charts
 * drawn on the server. Owns no tables; reads what the other modules publish. Never renders a
 * character its font cannot show.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "reports",
        allowedDependencies = {
            "accounts",
            "assessment",
            "enclaves",
            "evaluation",
            "indicators",
            "observations",
            "plan",
            "platform",
            "regions",
            "shared",
            "supervision",
            "verdicts"
        })
package org.stocktake.reports;
