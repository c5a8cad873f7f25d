package dk.virkning.core.importing;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric XLSX cells (plain numbers, dates, cached formula results) into text the value
 * parsers understand, independent of the workbook's display format and the server's locale:
 * date-formatted cells become ISO dates ({@code 2025-03-01}), other numbers their plain decimal
 * form ({@code 4}, {@code 4.5}). POI's own formatting would give "3/1/25" or "4,0".
 */
final class PlainCellFormatter extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return format(value, formatIndex, formatString);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString,
            boolean use1904Windowing) {
        return format(value, formatIndex, formatString);
    }

    private static String format(double value, int formatIndex, String formatString) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value).toLocalDate().toString();
        }
        // BigDecimal.valueOf uses the shortest decimal that round-trips, so 4.0 → "4".
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
