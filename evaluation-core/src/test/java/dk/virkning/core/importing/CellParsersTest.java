package dk.virkning.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellParsersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"4|4", "4.0|4", "4,0|4", "04|4", "0|0", "-1|-1", "+3|3", "10,00|10"})
    void readsWholeNumbersWrittenAsSpreadsheetsDo(String text, int expected) {
        assertThat(WholeNumberParser.parse(text).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4,5", "4.5", "0.01"})
    void refusesFractionsAsAnswers(String text) {
        CellParse<Integer> parsed = WholeNumberParser.parse(text);

        assertThat(parsed.code()).isEqualTo(ImportProblemCodes.NOT_A_WHOLE_NUMBER);
        assertThat(parsed.detail()).isEqualTo("'" + text + "' is not a whole number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "4.5.6", "1e3", "four", "ERROR:#DIV/0!", "3 4"})
    void refusesTextThatIsNotANumber(String text) {
        assertThat(WholeNumberParser.parse(text).code()).isEqualTo(ImportProblemCodes.NOT_A_NUMBER);
    }

    @Test
    void refusesNumbersTooLargeToBeAnswers() {
        assertThat(WholeNumberParser.parse("12345678901").code())
                .isEqualTo(ImportProblemCodes.NUMBER_OUT_OF_RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-01", "01-03-2025", "01.03.2025", "1/3/2025", "1.3.2025",
        "2025-03-01T10:15:00", "01-03-2025 10:15", "2025-03-01 10.15.30"})
    void readsIsoAndDanishDayFirstDates(String text) {
        assertThat(DateParser.parse(text).value()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void explainsDatesItCannotRead() {
        assertThat(DateParser.parse("01-03-25").detail())
                .isEqualTo("'01-03-25' has a two-digit year; write it as DD-MM-YYYY or YYYY-MM-DD");
        assertThat(DateParser.parse("March 1st").detail())
                .isEqualTo("'March 1st' is not a date; write it as DD-MM-YYYY or YYYY-MM-DD");
        assertThat(DateParser.parse("2025-02-30").detail())
                .isEqualTo("'2025-02-30' is not a valid calendar date");
        assertThat(DateParser.parse("01-03/2025").ok()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"self,SELF", "Web link,WEB_LINK", "web-link,WEB_LINK", "INTERVIEW,INTERVIEW",
        "staff_entered,STAFF_ENTERED", "Selv,SELF", "Personale,STAFF_ENTERED"})
    void readsModesInAnyCase(String text, String expected) {
        assertThat(ModeParser.parse(text).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1,1", "01,1", "3.0,3", "0,0", "A,a", "b2,b2"})
    void normalisesItemKeys(String raw, String expected) {
        assertThat(ItemKeys.normalise(raw)).isEqualTo(expected);
    }

    @Test
    void refusesItemKeysThatAreNotAlphanumeric() {
        assertThat(ItemKeys.normalise("3 b")).isNull();
        assertThat(ItemKeys.normalise("")).isNull();
    }

    @Test
    void quotesLongOrControlCharacterTextSafely() {
        assertThat(Quoted.text("a\u0000b")).isEqualTo("'a\uFFFDb'");
        assertThat(Quoted.text("x".repeat(100))).isEqualTo("'" + "x".repeat(40) + "…'");
    }
}
