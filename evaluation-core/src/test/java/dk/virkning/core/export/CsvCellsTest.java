package dk.virkning.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1+2", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")",
            "=cmd|' /C calc'!A0", "\uFF1D1+2"})
    void prefixesCellsASpreadsheetWouldRunAsFormulas(String cell) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P-001", "1.5", "Anna", " =1", "'=1", "a=b"})
    void leavesOtherCellsAlone(String cell) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo(cell);
    }

    @Test
    void leavesEmptyAndMissingCellsAlone() {
        assertThat(CsvCells.neutralise("")).isEmpty();
        assertThat(CsvCells.neutralise(null)).isNull();
    }
}
