package org.stocktake.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Every table of a report as a sheet of its own; numbers stay numbers. */
final class XlsxRenderer {

    byte[] render(ReportDocument report) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Set<String> names = new HashSet<>();
            for (ReportDocument.Block block : report.blocks()) {
                if (block instanceof ReportDocument.Table t) {
                    sheet(book.createSheet(sheetName(t.caption(), names)), t, bold);
                }
            }
            if (book.getNumberOfSheets() == 0) {
                book.createSheet(WorkbookUtil.createSafeSheetName(report.title()));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, ReportDocument.Table t, CellStyle bold) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < t.headers().size(); c++) {
            header.createCell(c).setCellValue(t.headers().get(c));
            header.getCell(c).setCellStyle(bold);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                String v = cells.get(c);
                if (v != null && v.matches("-?\\d+(\\.\\d+)?")) {
                    row.createCell(c).setCellValue(Double.parseDouble(v));
                } else {
                    row.createCell(c).setCellValue(v);
                }
            }
        }
    }

    private static String sheetName(String caption, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(caption.length() > 28 ? caption.substring(0, 28) : caption);
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
