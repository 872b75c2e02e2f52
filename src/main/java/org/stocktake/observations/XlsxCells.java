package org.stocktake.observations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams every sheet of a workbook with a SAX parser over the sheet XML, never the whole
 * workbook in memory. Numbers come as written in the file (full precision), strings through
 * the shared-strings table or inline.
 */
final class XlsxCells {

    private XlsxCells() {}

    /** An exception of the sink (a refusal, a failed write), carried through the parser unchanged. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /**
     * Reads the workbook; a file that is not a readable workbook (a broken zip, sheets that are not
     * XML, missing parts) is {@link FileContent.Unreadable}, in words and without the parser's text.
     */
    static void read(Path file, CellSink target) throws IOException {
        CellSink sink = new CellSink() {
            @Override
            public void sheet(int index, String name) {
                try {
                    target.sheet(index, name);
                } catch (RuntimeException e) {
                    throw new SinkFailure(e);
                }
            }

            @Override
            public void row(long row, String[] values) {
                try {
                    target.row(row, values);
                } catch (RuntimeException e) {
                    throw new SinkFailure(e);
                }
            }
        };
        try {
            parse(file, sink);
        } catch (SinkFailure e) {
            throw (RuntimeException) e.getCause();
        } catch (FileContent.Unreadable e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new FileContent.Unreadable(0, "data.xlsx.unreadable");
        }
    }

    private static void parse(Path file, CellSink sink) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            for (int index = 0; sheets.hasNext(); index++) {
                try (InputStream sheet = sheets.next()) {
                    sink.sheet(index, sheets.getSheetName());
                    var xml = factory.newSAXParser().getXMLReader();
                    xml.setContentHandler(new SheetHandler(strings, sink));
                    xml.parse(new InputSource(sheet));
                }
            }
        }
    }

    /** Collects the cells of each {@code <row>} and hands them on when the row ends. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final CellSink sink;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private long row;
        private int column;
        private String type;
        private boolean inValue;

        SheetHandler(ReadOnlySharedStringsTable strings, CellSink sink) {
            this.strings = strings;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attrs) {
            switch (local) {
                case "row" -> {
                    cells.clear();
                    String r = attrs.getValue("r");
                    row = r == null ? row + 1 : Long.parseLong(r);
                }
                case "c" -> {
                    String ref = attrs.getValue("r");
                    column = ref == null ? cells.size() : columnIndex(ref);
                    type = attrs.getValue("t");
                    text.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    if (column < 0 || column > 16_383) {
                        throw new FileContent.Unreadable(row, "data.xlsx.beyond", row);
                    }
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(cellText());
                }
                case "row" -> sink.row(row, cells.toArray(String[]::new));
                default -> {}
            }
        }

        private String cellText() {
            String raw = text.toString();
            if ("s".equals(type) && !raw.isEmpty()) {
                return strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            }
            if ("b".equals(type)) {
                return "1".equals(raw) ? "TRUE" : "FALSE";
            }
            if ((type == null || "n".equals(type)) && !raw.isEmpty()) {
                return number(raw);
            }
            return raw;
        }

        /** A number cell as written, without the ".0" a double leaves on whole numbers. */
        private static String number(String raw) {
            if (raw.length() > NumberSyntax.MAX_LENGTH || !NumberSyntax.wellFormed(raw.trim())) {
                return raw;
            }
            try {
                java.math.BigDecimal value = new java.math.BigDecimal(raw.trim());
                if (Math.abs(value.scale()) > 40) {
                    return raw.trim();
                }
                return value.stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }

        private static int columnIndex(String ref) {
            int n = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                n = n * 26 + (ref.charAt(i) - 'A' + 1);
            }
            return n - 1;
        }
    }
}
