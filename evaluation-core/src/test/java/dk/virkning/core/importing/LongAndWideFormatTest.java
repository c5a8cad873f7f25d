package dk.virkning.core.importing;

import static dk.virkning.core.importing.ImportFixtures.normalised;
import static dk.virkning.core.importing.ImportFixtures.parseCsv;
import static dk.virkning.core.importing.ImportFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongAndWideFormatTest {

    @Test
    void longAndWideFilesOfTheSameAnswersGiveTheSameResponses() {
        ImportResult wide = parseCsv(ImportFixtures.WIDE_CSV);
        ImportResult longFormat = parseCsv(ImportFixtures.LONG_CSV);

        assertThat(wide.problems()).isEmpty();
        assertThat(longFormat.problems()).isEmpty();
        assertThat(wide.format()).isEqualTo(ImportFormat.WIDE);
        assertThat(longFormat.format()).isEqualTo(ImportFormat.LONG);
        assertThat(normalised(longFormat.responses())).isEqualTo(normalised(wide.responses()))
                .hasSize(10);
    }

    @Test
    void wideFormatSkipsInstrumentsWithAllCellsEmpty() {
        ImportResult result = parseCsv(ImportFixtures.WIDE_CSV);

        assertThat(result.responses())
                .filteredOn(r -> r.participantCode().equals("P002"))
                .extracting(ImportedResponse::instrument)
                .containsExactly("TILS", "LIFE_SAT", "UNWANTED_ALONE");
        assertThat(result.responses())
                .filteredOn(r -> r.wave().equals("post"))
                .extracting(ImportedResponse::instrument)
                .doesNotContain("UNWANTED_ALONE");
    }

    @Test
    void splitsItemColumnsOnTheLastUnderscore() {
        ImportResult result = parseCsv("participant,wave,unwanted_alone_1,Life_Sat_01,DJG6_6\n"
                + "P1,baseline,4,9,1\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.responses()).extracting(ImportedResponse::instrument, ImportedResponse::items)
                .containsExactly(tuple("UNWANTED_ALONE", Map.of("1", 4)),
                        tuple("LIFE_SAT", Map.of("1", 9)), tuple("DJG6", Map.of("6", 1)));
    }

    @Test
    void wideResponseRemembersEveryCellItCameFrom() {
        ImportResult result = parseCsv(ImportFixtures.WIDE_CSV);

        ImportedResponse tils = response(result, "P001", "post", "TILS");
        assertThat(tils.sourceRows()).containsExactly(3);
        assertThat(tils.answeredOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(tils.mode()).isEqualTo("SELF");
        assertThat(tils.cells().participant()).isEqualTo(new SourceCell(3, "participant"));
        assertThat(tils.cells().instrument()).isEqualTo(new SourceCell(3, "TILS_1"));
        assertThat(tils.cells().answeredOn()).isEqualTo(new SourceCell(3, "answered_on"));
        assertThat(tils.cells().items()).isEqualTo(Map.of("1", new SourceCell(3, "TILS_1"),
                "2", new SourceCell(3, "TILS_2"), "3", new SourceCell(3, "TILS_3")));
    }

    @Test
    void longResponseRemembersTheRowsOfItsGroup() {
        ImportResult result = parseCsv(ImportFixtures.LONG_CSV);

        ImportedResponse tils = response(result, "P001", "baseline", "TILS");
        assertThat(tils.sourceRows()).containsExactly(4, 8, 9);
        assertThat(tils.items()).containsExactly(Map.entry("1", 2), Map.entry("2", 2), Map.entry("3", 3));
        assertThat(tils.cells().items().get("2")).isEqualTo(new SourceCell(8, "value"));
        assertThat(tils.cells().instrument()).isEqualTo(new SourceCell(4, "instrument"));
    }

    @Test
    void longFormatAcceptsItemsWrittenWithTheirInstrumentAndUpperCasesInstruments() {
        ImportResult result = parseCsv("participant,wave,instrument,item,value\n"
                + " P1 ,baseline,who5,WHO5_1,3\n"
                + "P1,baseline,Who5,2,4\n"
                + "P1,baseline,WHO5,who5_03,\n");

        assertThat(result.problems()).isEmpty();
        ImportedResponse who5 = response(result, "P1", "baseline", "WHO5");
        assertThat(who5.items()).isEqualTo(Map.of("1", 3, "2", 4));
        assertThat(who5.answeredOn()).isNull();
        assertThat(who5.mode()).isNull();
        assertThat(who5.cells().answeredOn()).isNull();
    }

    @Test
    void refusesTheSameItemTwiceInOneLongGroup() {
        ImportResult result = parseCsv("participant,wave,instrument,item,value\n"
                + "P1,baseline,TILS,1,2\n"
                + "P1,baseline,TILS,2,2\n"
                + "P1,baseline,TILS,1,3\n"
                + "P2,baseline,TILS,1,3\n");

        assertThat(result.problems()).containsExactly(new ImportProblem(4, "item",
                ImportProblemCodes.DUPLICATE_ITEM, "row 4, column item: item 1 is already given in"
                        + " row 2 for participant 'P1', wave 'baseline', instrument TILS"));
        assertThat(result.responses()).extracting(ImportedResponse::participantCode).containsExactly("P2");
    }

    @Test
    void refusesDifferingDatesWithinOneLongGroup() {
        ImportResult result = parseCsv("participant,wave,instrument,answered_on,item,value\n"
                + "P1,baseline,TILS,2025-03-01,1,2\n"
                + "P1,baseline,TILS,,2,2\n"
                + "P1,baseline,TILS,02-03-2025,3,2\n");

        assertThat(result.problems()).containsExactly(new ImportProblem(4, "answered_on",
                ImportProblemCodes.CONFLICTING_DATE, "row 4, column answered_on: 2025-03-02 differs"
                        + " from 2025-03-01 in row 2 for participant 'P1', wave 'baseline', instrument TILS"));
    }

    @Test
    void refusesTheSameParticipantWaveAndInstrumentInTwoWideRows() {
        ImportResult result = parseCsv("participant,wave,LIFE_SAT_1,TILS_1\n"
                + "P1,baseline,5,\n"
                + "P1,Baseline,6,2\n");

        assertThat(result.problems()).containsExactly(new ImportProblem(3, "LIFE_SAT_1",
                ImportProblemCodes.DUPLICATE_RESPONSE, "row 3, column LIFE_SAT_1: participant 'P1'"
                        + " already has LIFE_SAT answers for wave 'Baseline' in row 2"));
        assertThat(result.responses()).extracting(ImportedResponse::instrument)
                .containsExactly("LIFE_SAT", "TILS");
    }

    @Test
    void recognisesDanishHeadersRegardlessOfCaseAndSpacing() {
        ImportResult result = parseCsv("DELTAGER,Maalepunkt, Skema ,Besvaret den,Spørgsmål,Værdi,Metode\n"
                + "P1,baseline,LIFE_SAT,1.3.2025,1,8,personale\n");

        assertThat(result.problems()).isEmpty();
        ImportedResponse lifeSat = response(result, "P1", "baseline", "LIFE_SAT");
        assertThat(lifeSat.answeredOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(lifeSat.mode()).isEqualTo("STAFF_ENTERED");
        assertThat(lifeSat.cells().items().get("1")).isEqualTo(new SourceCell(2, "Værdi"));
    }

    @Test
    void reportsAHeaderThatFitsNeitherFormatAtRowOne() {
        ImportResult result = parseCsv("name,email,score\nAnna,a@example.org,4\n");

        assertThat(result.format()).isNull();
        assertThat(result.problems()).containsExactly(new ImportProblem(1, null,
                ImportProblemCodes.UNKNOWN_HEADER, "row 1: the header fits neither the long format"
                        + " (lacks the columns participant, wave, instrument, item, value) nor the"
                        + " wide format (lacks the columns participant, wave and item columns such"
                        + " as WHO5_1); not recognised: 'name', 'email', 'score'"));
    }

    @Test
    void namesTheMissingColumnsOfARecognisableLongHeader() {
        ImportResult result = parseCsv("participant,wave,instrument,itme,value\nP1,b,TILS,1,2\n");

        assertThat(result.problems()).containsExactly(new ImportProblem(1, null,
                ImportProblemCodes.MISSING_COLUMN, "row 1: the header looks like the long format"
                        + " but lacks the column item; not recognised: 'itme'"));
    }

    @Test
    void reportsUnknownAndDuplicateColumnsButStillReadsTheRows() {
        ImportResult result = parseCsv("participant,wave,WHO5_1,Kommentar,who5_01,LIFE_SAT_1\n"
                + "P1,baseline,3,fine,3,abc\n");

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(1, "Kommentar", ImportProblemCodes.UNKNOWN_COLUMN),
                        tuple(1, "who5_01", ImportProblemCodes.DUPLICATE_COLUMN),
                        tuple(2, "LIFE_SAT_1", ImportProblemCodes.NOT_A_NUMBER));
        assertThat(result.responses()).extracting(ImportedResponse::instrument).containsExactly("WHO5");
    }

    @Test
    void reportsMissingRequiredValuesAndBadDatesAndModes() {
        ImportResult result = parseCsv("participant,wave,answered_on,mode,LIFE_SAT_1\n"
                + ",baseline,2025-03-01,SELF,5\n"
                + "P2,baseline,31-02-2025,SELF,5\n"
                + "P3,baseline,2025-03-01,telepathy,5\n"
                + "P4,,2025-03-01,,5\n");

        assertThat(result.problems()).extracting(ImportProblem::message).containsExactly(
                "row 2, column participant: the participant is missing",
                "row 3, column answered_on: '31-02-2025' is not a valid calendar date",
                "row 4, column mode: 'telepathy' is not a mode; use SELF, WEB_LINK, INTERVIEW or STAFF_ENTERED",
                "row 5, column wave: the wave is missing");
        assertThat(result.responses()).isEmpty();
    }

    @Test
    void refusesCellsBeyondTheHeader() {
        ImportResult result = parseCsv("participant,wave,,LIFE_SAT_1\n"
                + "P1,baseline,,5,\n"
                + "P2,baseline,x,5\n"
                + "P3,baseline,,5,extra\n");

        assertThat(result.problems()).extracting(ImportProblem::message).containsExactly(
                "row 3: column C has no header but holds 'x'",
                "row 4: the row has more cells than the header has columns");
        assertThat(result.responses()).extracting(ImportedResponse::participantCode).containsExactly("P1");
    }

    @Test
    void keepsResponsesInFileOrder() {
        ImportResult result = parseCsv(ImportFixtures.LONG_CSV);

        assertThat(result.responses()).extracting(r -> r.participantCode() + "/" + r.wave() + "/" + r.instrument())
                .isEqualTo(List.of("P001/baseline/WHO5", "P001/baseline/TILS", "P001/baseline/LIFE_SAT",
                        "P001/baseline/UNWANTED_ALONE", "P001/post/WHO5", "P001/post/TILS",
                        "P001/post/LIFE_SAT", "P002/baseline/TILS", "P002/baseline/LIFE_SAT",
                        "P002/baseline/UNWANTED_ALONE"));
    }
}
