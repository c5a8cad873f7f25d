package dk.virkning.core.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.core.access.Caller;
import dk.virkning.core.participant.ParticipantDraft;
import dk.virkning.core.participant.ParticipantService;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import dk.virkning.core.project.Project;
import dk.virkning.core.project.ProjectService;
import dk.virkning.core.project.RegistryFixtures;
import dk.virkning.core.project.WaveDraft;
import dk.virkning.stats.design.Design;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(RegistryFixtures.class)
class ResponseServiceTest {

    static final LocalDate ENROLLED = LocalDate.of(2025, 1, 10);

    @Autowired
    ResponseService responses;

    @Autowired
    ParticipantService participants;

    @Autowired
    ProjectService projects;

    @Autowired
    RegistryFixtures fixtures;

    Caller staff;
    Project project;

    @BeforeEach
    void projectWithTwoParticipants() {
        staff = fixtures.staffOfNewOrganisation();
        project = fixtures.project(staff, RegistryFixtures.prePostDraft("Svar"));
        for (String code : List.of("P1", "P2")) {
            participants.register(staff, project.id(),
                    new ParticipantDraft(code, null, true, null, ENROLLED, null, null, null, null, ENROLLED));
        }
    }

    static ResponseSubmission who5(String code, String wave, int... answers) {
        Map<String, Integer> items = new HashMap<>();
        for (int i = 0; i < answers.length; i++) {
            items.put(String.valueOf(i + 1), answers[i]);
        }
        return new ResponseSubmission(code, wave, "WHO5", ENROLLED.plusDays(1), null, items);
    }

    int rows(String table) {
        return fixtures.count("select count(*) from " + table + " where organisation_id = ?",
                RegistryFixtures.organisationOf(staff));
    }

    @Test
    void scoresAndStoresABatch() {
        List<StoredResponse> stored = responses.upsert(staff, project.id(), List.of(
                who5("P1", "baseline", 4, 3, 3, 2, 1),
                who5("P1", "Post", 5, 5, 5, 5, 5),
                new ResponseSubmission("P2", "baseline", "tils", ENROLLED, ResponseMode.SELF,
                        Map.of("1", 3, "2", 3, "3", 2))), ResponseSource.api());

        assertThat(stored).extracting(StoredResponse::index, StoredResponse::outcome).containsExactly(
                tuple(0, ResponseOutcome.CREATED), tuple(1, ResponseOutcome.CREATED), tuple(2, ResponseOutcome.CREATED));
        Response baseline = stored.get(0).response();
        assertThat(baseline.score()).isEqualTo(52.0);
        assertThat(baseline.categories()).isEmpty();
        assertThat(baseline.isCase()).isFalse();
        assertThat(baseline.mode()).isEqualTo(ResponseMode.STAFF_ENTERED);
        assertThat(baseline.source()).isEqualTo(SourceKind.API);
        assertThat(baseline.items()).containsExactly(Map.entry("1", 4), Map.entry("2", 3), Map.entry("3", 3),
                Map.entry("4", 2), Map.entry("5", 1));
        assertThat(stored.get(1).response().score()).isEqualTo(100.0);
        assertThat(stored.get(1).response().wave()).isEqualTo("post");
        assertThat(stored.get(2).response().instrument()).isEqualTo("TILS");
        assertThat(stored.get(2).response().score()).isEqualTo(8.0);
        assertThat(stored.get(2).response().categories()).containsExactly("SEVERE_LONELINESS", "LONELY");
        assertThat(stored.get(2).response().isCase()).isTrue();
        assertThat(responses.list(staff, project.id(), "WHO5", null)).hasSize(2);
        assertThat(responses.list(staff, project.id(), null, "baseline")).hasSize(2);
    }

    @Test
    void reportsEveryProblemWithItsIndexAndWritesNothing() {
        List<ResponseSubmission> batch = List.of(
                who5("P1", "baseline", 4, 3, 3, 2, 1),
                who5("P1", "baseline", 4, 3, 7, 2, 1),
                who5("P9", "follow-up", 1, 1, 1, 1),
                new ResponseSubmission("P2", "post", "DJG6", ENROLLED.minusDays(1), null, Map.of("1", 1)),
                who5("P1", "baseline", 0, 0, 0, 0, 0));

        assertThatThrownBy(() -> responses.upsert(staff, project.id(), batch, ResponseSource.api()))
                .isInstanceOfSatisfying(InvalidResponsesException.class, e -> {
                    assertThat(e.indexedProblems()).extracting(p -> p.index(), p -> p.problem().field())
                            .containsExactly(
                                    tuple(1, "items.3"),
                                    tuple(2, "participantCode"), tuple(2, "wave"), tuple(2, "items.5"),
                                    tuple(3, "instrument"), tuple(3, "answeredOn"),
                                    tuple(4, "wave"));
                    assertThat(e.problems()).extracting(InputProblem::field).first().isEqualTo("responses.1.items.3");
                });
        assertThat(rows("response")).isZero();
    }

    @Test
    void aSingleSubmissionNamesItsFieldsWithoutPrefix() {
        assertThatThrownBy(() -> responses.submit(staff, project.id(), who5("P1", "baseline", 4, 3, 7, 2, 1),
                ResponseSource.api()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::field, InputProblem::code)
                        .containsExactly(tuple("items.3", "VALUE_NOT_ALLOWED")));
    }

    @Test
    void replacingKeepsTheOldVersionInHistoryAndAnIdenticalResubmissionWritesNothing() {
        StoredResponse first = responses.submit(staff, project.id(), who5("P1", "baseline", 4, 3, 3, 2, 1),
                ResponseSource.api());
        StoredResponse again = responses.submit(staff, project.id(), who5("P1", "baseline", 4, 3, 3, 2, 1),
                ResponseSource.form());
        assertThat(again.outcome()).isEqualTo(ResponseOutcome.UNCHANGED);
        assertThat(again.response()).isEqualTo(first.response());
        assertThat(rows("response_history")).isZero();

        StoredResponse replaced = responses.submit(staff, project.id(), who5("P1", "baseline", 5, 5, 5, 5, 5),
                ResponseSource.api());

        assertThat(replaced.outcome()).isEqualTo(ResponseOutcome.REPLACED);
        assertThat(replaced.response().id()).isEqualTo(first.response().id());
        assertThat(replaced.response().score()).isEqualTo(100.0);
        assertThat(rows("response")).isEqualTo(1);
        assertThat(rows("response_history")).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from response_history where response_id = ? and score = 52",
                first.response().id())).isEqualTo(1);
    }

    @Test
    void erasureRemovesResponsesAndRefusesNewOnes() {
        responses.submit(staff, project.id(), who5("P1", "baseline", 4, 3, 3, 2, 1), ResponseSource.api());
        responses.submit(staff, project.id(), who5("P1", "baseline", 5, 3, 3, 2, 1), ResponseSource.api());

        var erased = participants.erase(staff, project.id(), "P1");

        assertThat(erased.erasedAt()).isNotNull();
        assertThat(rows("response")).isZero();
        assertThat(rows("response_history")).isZero();
        assertThat(fixtures.count("select count(*) from audit_log where action = 'PARTICIPANT_ERASED' and target_id = ?",
                String.valueOf(erased.id()))).isEqualTo(1);
        assertThat(participants.erase(staff, project.id(), "P1").erasedAt()).isEqualTo(erased.erasedAt());
        assertThatThrownBy(() -> responses.submit(staff, project.id(), who5("P1", "post", 4, 3, 3, 2, 1),
                ResponseSource.api()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::field).containsExactly("participantCode"));
    }

    @Test
    void aWaveOrInstrumentWithResponsesCannotBeRemoved() {
        responses.submit(staff, project.id(), who5("P1", "post", 4, 3, 3, 2, 1), ResponseSource.api());

        assertThatThrownBy(() -> projects.update(staff, project.id(), RegistryFixtures.draft("Svar", Design.PRE_POST,
                List.of("WHO5"), List.of(new WaveDraft("baseline", 0), new WaveDraft("follow-up", 180)))))
                .isInstanceOf(dk.virkning.core.problem.ConflictException.class).hasMessageContaining("'post'");
        assertThatThrownBy(() -> projects.update(staff, project.id(), RegistryFixtures.draft("Svar", Design.PRE_POST,
                List.of("TILS"), List.of(new WaveDraft("baseline", 0), new WaveDraft("post", 90)))))
                .isInstanceOf(dk.virkning.core.problem.ConflictException.class).hasMessageContaining("WHO5");
    }

    @Test
    void anotherOrganisationCannotReadOrWriteResponses() {
        Caller stranger = fixtures.staffOfNewOrganisation();
        assertThatThrownBy(() -> responses.list(stranger, project.id(), null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> responses.submit(stranger, project.id(), who5("P1", "baseline", 1, 1, 1, 1, 1),
                ResponseSource.api())).isInstanceOf(NotFoundException.class);
    }
}
