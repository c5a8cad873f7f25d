package dk.virkning.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import dk.virkning.core.access.Caller;
import dk.virkning.core.participant.ParticipantDraft;
import dk.virkning.core.participant.ParticipantService;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import dk.virkning.core.project.Project;
import dk.virkning.core.project.RegistryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@Import(RegistryFixtures.class)
@RecordApplicationEvents
class ResponseImportServiceTest {

    static final LocalDate ENROLLED = LocalDate.of(2025, 1, 10);
    static final String HEADER = "participant,wave,answered_on,WHO5_1,WHO5_2,WHO5_3,WHO5_4,WHO5_5,TILS_1,TILS_2,TILS_3\n";

    @Autowired
    ResponseImportService imports;

    @Autowired
    ParticipantService participants;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    ApplicationEvents events;

    Caller staff;
    Project project;

    @BeforeEach
    void projectWithTwoParticipants() {
        staff = fixtures.staffOfNewOrganisation();
        project = fixtures.project(staff, RegistryFixtures.prePostDraft("Import"));
        for (String code : List.of("P1", "P2")) {
            participants.register(staff, project.id(),
                    new ParticipantDraft(code, null, true, null, ENROLLED, null, null, null, null, ENROLLED));
        }
    }

    static UploadedFile csv(String text) {
        return new UploadedFile("svar.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    int rows(String table) {
        return fixtures.count("select count(*) from " + table + " where organisation_id = ?",
                RegistryFixtures.organisationOf(staff));
    }

    List<InputProblem> refusal(UploadedFile file) {
        try {
            imports.importFile(staff, project.id(), file);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void storesEveryResponseOfAValidFileAndPublishesOneEvent() {
        ImportSummary summary = imports.importFile(staff, project.id(), csv(HEADER
                + "P1,baseline,2025-02-01,4,3,3,2,1,2,2,3\n"
                + "P2,baseline,2025-02-01,5,5,5,5,5,,,\n"));

        assertThat(summary.responses()).isEqualTo(3);
        assertThat(summary.created()).isEqualTo(3);
        assertThat(summary).extracting(ImportSummary::fileType, ImportSummary::format, ImportSummary::encoding,
                ImportSummary::delimiter, ImportSummary::alreadyImported).containsExactly("CSV", "WIDE", "UTF-8", ",", false);
        assertThat(rows("response")).isEqualTo(3);
        assertThat(fixtures.count("select count(*) from response where import_id = ? and source = 'IMPORT'",
                summary.importId())).isEqualTo(3);
        assertThat(events.stream(ResponsesImported.class))
                .containsExactly(new ResponsesImported(project.id(), summary.importId()));
        assertThat(imports.list(staff, project.id())).extracting(ImportSummary::importId).containsExactly(summary.importId());
    }

    @Test
    void reportsTheServicesProblemsAtTheRowAndColumnOfTheFileAndWritesNothing() {
        List<InputProblem> problems = refusal(csv(HEADER
                + "P1,baseline,2025-02-01,4,3,3,2,1,2,2,3\n"
                + "P2,middle,2025-02-01,5,5,7,5,5,,,\n"
                + "P9,post,2025-02-01,5,5,5,5,5,,,\n"
                + "P1,post,2025-02-01,4,3,3,2,1,x,2,3\n"));

        assertThat(problems).extracting(InputProblem::row, InputProblem::field, InputProblem::code).containsExactly(
                tuple(3, "wave", "UNKNOWN"),
                tuple(3, "WHO5_3", "VALUE_NOT_ALLOWED"),
                tuple(4, "participant", "UNKNOWN"),
                tuple(5, "TILS_1", "NOT_A_NUMBER"));
        assertThat(problems.get(1).message()).startsWith("row 3, column WHO5_3: WHO5 item 3: 7 is not an allowed");
        assertThat(problems.get(2).message())
                .isEqualTo("row 4, column participant: no participant with this code is registered in the project");
        assertThat(rows("response")).isZero();
        assertThat(rows("import_batch")).isZero();
        assertThat(events.stream(ResponsesImported.class)).isEmpty();
    }

    @Test
    void reportsALongFormatAnswerAtItsOwnRowAndAMissingItemAtTheResponsesRow() {
        List<InputProblem> problems = refusal(csv("participant,wave,instrument,answered_on,item,value\n"
                + "P1,baseline,TILS,2025-02-01,1,2\n"
                + "P1,baseline,TILS,2025-02-01,2,5\n"
                + "P1,baseline,TILS,2025-02-01,3,1\n"
                + "P2,baseline,TILS,2025-02-01,1,2\n"
                + "P2,baseline,TILS,2025-02-01,2,2\n"));

        assertThat(problems).extracting(InputProblem::row, InputProblem::field, InputProblem::code).containsExactly(
                tuple(3, "value", "VALUE_NOT_ALLOWED"),
                tuple(5, null, "MISSING_ITEM"));
    }

    @Test
    void refusesACprLikeParticipantCodeAtItsCellWithoutRepeatingIt() {
        List<InputProblem> problems = refusal(csv(HEADER + "P1,baseline,2025-02-01,4,3,3,2,1,,,\n"
                + "010190-1234,baseline,2025-02-01,4,3,3,2,1,,,\n"));

        assertThat(problems).extracting(InputProblem::row, InputProblem::field, InputProblem::code)
                .containsExactly(tuple(3, "participant", "LOOKS_LIKE_CPR"));
        assertThat(problems.get(0).message()).doesNotContain("010190");
        assertThat(rows("response")).isZero();
    }

    @Test
    void theSameFileAgainChangesNothingAndPublishesNoSecondEvent() {
        UploadedFile file = csv(HEADER + "P1,baseline,2025-02-01,4,3,3,2,1,2,2,3\n");
        ImportSummary first = imports.importFile(staff, project.id(), file);

        ImportSummary again = imports.importFile(staff, project.id(), csv(HEADER + "P1,baseline,2025-02-01,4,3,3,2,1,2,2,3\n"));

        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.importId()).isEqualTo(first.importId());
        assertThat(again.created()).isEqualTo(2);
        assertThat(rows("import_batch")).isEqualTo(1);
        assertThat(rows("response_history")).isZero();
        assertThat(events.stream(ResponsesImported.class)).hasSize(1);
    }

    @Test
    void aDifferentFileWithTheStoredAnswersLeavesThemUnchangedAndReplacesTheRest() {
        imports.importFile(staff, project.id(), csv(HEADER + "P1,baseline,2025-02-01,4,3,3,2,1,2,2,3\n"));

        ImportSummary second = imports.importFile(staff, project.id(), new UploadedFile("C:\\Users\\x\\svar 2.csv",
                null, (HEADER.replace(',', ';') + "P1;baseline;01-02-2025;4;3;3;2;1;3;3;3\n")
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(second).extracting(ImportSummary::fileName, ImportSummary::delimiter, ImportSummary::created,
                ImportSummary::replaced, ImportSummary::unchanged).containsExactly("svar 2.csv", ";", 0, 1, 1);
        assertThat(rows("response_history")).isEqualTo(1);
        assertThat(events.stream(ResponsesImported.class)).hasSize(2);
    }

    @Test
    void aFileWithoutAnyAnswerIsRefused() {
        List<InputProblem> problems = refusal(csv(HEADER + "P1,baseline,2025-02-01,,,,,,,,\n"));

        assertThat(problems).extracting(InputProblem::row, InputProblem::code).containsExactly(tuple(null, "NO_ANSWERS"));
        assertThat(rows("import_batch")).isZero();
    }

    @Test
    void anotherOrganisationsStaffCannotImportOrListAndTheFileIsNotRead() {
        Caller stranger = fixtures.staffOfNewOrganisation();

        assertThatThrownBy(() -> imports.importFile(stranger, project.id(), csv("not even a header")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> imports.list(stranger, project.id())).isInstanceOf(NotFoundException.class);
        assertThat(rows("import_batch")).isZero();
    }

    @Test
    void keepsOnlyTheNameOfAnUploadedPath() {
        assertThat(ResponseImportService.fileName("C:\\Users\\anne\\Desktop\\svar.csv")).isEqualTo("svar.csv");
        assertThat(ResponseImportService.fileName("/home/anne/svar.xlsx")).isEqualTo("svar.xlsx");
        assertThat(ResponseImportService.fileName(" \u0000 ")).isNull();
        assertThat(ResponseImportService.fileName("a".repeat(400))).hasSize(255);
    }
}
