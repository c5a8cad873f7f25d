package dk.virkning.core.importing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook into a {@link Table}. Uses POI's streaming (SAX)
 * reader rather than the in-memory workbook so that a large sheet is refused at the row limit
 * instead of being loaded whole; POI's zip-bomb guards apply while the package is opened.
 * Cells give their displayed text, a formula its cached result, a date cell an ISO date.
 */
final class XlsxTableReader {

    private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

    private XlsxTableReader() {
    }

    static Table read(byte[] bytes, int maxDataRows) {
        TableBuilder table = new TableBuilder(maxDataRows);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            XSSFReader reader = new XSSFReader(pkg, true);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RejectedFileException(ImportProblem.ofFile(
                        ImportProblemCodes.EMPTY_FILE, "the workbook has no sheet"));
            }
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    reader.getSharedStringsTable(), new RowCollector(table),
                    new PlainCellFormatter(), false));
            try (InputStream firstSheet = sheets.next()) {
                xml.parse(new InputSource(firstSheet));
            }
        } catch (Exception unreadable) {
            RejectedFileException rejected = rejectionIn(unreadable);
            if (rejected != null) {
                throw rejected;
            }
            // POI reports broken, encrypted or non-XLSX zips with a variety of exceptions.
            throw new RejectedFileException(ImportProblem.ofFile(ImportProblemCodes.UNREADABLE_FILE,
                    "the file could not be read as an Excel workbook (.xlsx); open it in Excel and"
                            + " save it as .xlsx or as CSV"));
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
        return table.build();
    }

    /** The parser may hand our own rejection back wrapped in a SAXException. */
    private static RejectedFileException rejectionIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RejectedFileException rejected) {
                return rejected;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** Gathers the sparse cells POI reports into dense rows. */
    private static final class RowCollector implements SheetContentsHandler {

        private final TableBuilder table;
        private final TreeMap<Integer, String> cells = new TreeMap<>();
        private int lastColumn = -1;

        RowCollector(TableBuilder table) {
            this.table = table;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            lastColumn = -1;
        }

        @Override
        public void endRow(int rowNum) {
            List<String> row = new ArrayList<>();
            cells.forEach((column, value) -> {
                while (row.size() < column) {
                    row.add("");
                }
                row.add(value);
            });
            table.add(new TableRow(rowNum + 1, row));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            // Some generators omit the reference; Excel then takes the next column.
            int column = cellReference == null
                    ? lastColumn + 1
                    : new CellReference(cellReference).getCol();
            lastColumn = column;
            if (formattedValue != null && column >= 0 && column < MAX_COLUMNS) {
                cells.put(column, formattedValue);
            }
        }
    }
}
