package org.stocktake.cockpit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an indicator chart as CSV and XLSX: the same columns and numbers as the
 * {@code rows} of {@code /api/v1/indicators/{code}/series}; empty cells where the API has null.
 */
final class SeriesFiles {

    private SeriesFiles() {}

    static String csv(IndicatorSeries s) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setHeader(SeriesRow.HEADER).get())) {
            for (SeriesRow r : s.rows()) {
                printer.print(r.year());
                for (Double d : r.numbers()) {
                    printer.print(d == null ? "" : d.toString());
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static byte[] xlsx(IndicatorSeries s) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet =
                    book.createSheet(s.indicator().length() > 31 ? s.indicator().substring(0, 31) : s.indicator());
            Row header = sheet.createRow(0);
            for (int c = 0; c < SeriesRow.HEADER.length; c++) {
                header.createCell(c).setCellValue(SeriesRow.HEADER[c]);
            }
            int n = 1;
            for (SeriesRow r : s.rows()) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(r.year());
                Double[] numbers = r.numbers();
                for (int c = 0; c < numbers.length; c++) {
                    if (numbers[c] != null) {
                        row.createCell(c + 1).setCellValue(numbers[c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
