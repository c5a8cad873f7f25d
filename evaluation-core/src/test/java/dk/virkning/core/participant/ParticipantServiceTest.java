package dk.virkning.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.virkning.core.access.Caller;
import dk.virkning.core.problem.ConflictException;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import dk.virkning.core.project.Project;
import dk.virkning.core.project.RegistryFixtures;
import dk.virkning.core.project.WaveDraft;
import dk.virkning.stats.design.Design;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(RegistryFixtures.class)
class ParticipantServiceTest {

    static final LocalDate JAN = LocalDate.of(2025, 1, 10);

    @Autowired
    ParticipantService participants;

    @Autowired
    RegistryFixtures fixtures;

    static ParticipantDraft draft(String code) {
        return new ParticipantDraft(code, null, true, null, JAN, 1950, null, "101", RecruitmentChannel.FLYER, JAN);
    }

    @Test
    void registersAParticipantWithDefaults() {
        Caller staff = fixtures.staffOfNewOrganisation();
        Project project = fixtures.project(staff, RegistryFixtures.prePostDraft("Deltagere"));

        Participant p = participants.register(staff, project.id(), draft("  P001 "));

        assertThat(p.code()).isEqualTo("P001");
        assertThat(p.arm()).isEqualTo(Arm.INTERVENTION);
        assertThat(p.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(p.consentResearch()).isFalse();
        assertThat(p.municipalityCode()).isEqualTo("101");
        assertThat(participants.list(staff, project.id())).containsExactly(p);
    }

    @Test
    void refusesADuplicateCodeInTheSameProjectButNotInAnother() {
        Caller staff = fixtures.staffOfNewOrganisation();
        Project one = fixtures.project(staff, RegistryFixtures.prePostDraft("En"));
        Project two = fixtures.project(staff, RegistryFixtures.prePostDraft("To"));
        participants.register(staff, one.id(), draft("P001"));

        assertThatThrownBy(() -> participants.register(staff, one.id(), draft("P001")))
                .isInstanceOf(ConflictException.class);
        assertThat(participants.register(staff, two.id(), draft("P001")).projectId()).isEqualTo(two.id());
    }

    @Test
    void refusesWithoutConsentControlArmInPrePostAndUnknownMunicipality() {
        Caller staff = fixtures.staffOfNewOrganisation();
        Project project = fixtures.project(staff, RegistryFixtures.prePostDraft("Regler"));
        ParticipantDraft bad = new ParticipantDraft("0101901234", Arm.CONTROL, false, null, null, 1850, null, "411",
                null, LocalDate.now().plusDays(5));

        assertThatThrownBy(() -> participants.register(staff, project.id(), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::field)
                        .containsExactly("code", "arm", "consentEvaluation", "consentDate", "enrolledOn", "birthYear",
                                "municipalityCode"));
        assertThat(participants.list(staff, project.id())).isEmpty();
    }

    @Test
    void acceptsTheControlArmInControlledDesigns() {
        Caller staff = fixtures.staffOfNewOrganisation();
        Project rct = fixtures.project(staff, RegistryFixtures.draft("RCT", Design.RCT, List.of("WHO5"),
                List.of(new WaveDraft("baseline", 0), new WaveDraft("post", 90))));
        ParticipantDraft d = draft("K1");
        ParticipantDraft control = new ParticipantDraft(d.code(), Arm.CONTROL, true, true, JAN, null, null, null, null,
                JAN);

        assertThat(participants.register(staff, rct.id(), control).arm()).isEqualTo(Arm.CONTROL);
    }

    @Test
    void recordsADropoutNotBeforeEnrolment() {
        Caller staff = fixtures.staffOfNewOrganisation();
        Project project = fixtures.project(staff, RegistryFixtures.prePostDraft("Frafald"));
        participants.register(staff, project.id(), draft("P1"));

        assertThatThrownBy(() -> participants.recordDropout(staff, project.id(), "P1",
                new ParticipantUpdate(JAN.minusDays(1), "Flyttet")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::field).containsExactly("droppedOutOn"));
        Participant p = participants.recordDropout(staff, project.id(), "P1",
                new ParticipantUpdate(JAN.plusDays(30), "Flyttet"));
        assertThat(p.droppedOutOn()).isEqualTo(JAN.plusDays(30));
        assertThat(p.dropoutReason()).isEqualTo("Flyttet");
    }

    @Test
    void hidesParticipantsFromOtherOrganisationsAndPlatformAdministrators() {
        Caller staff = fixtures.staffOfNewOrganisation();
        Caller stranger = fixtures.staffOfNewOrganisation();
        Project project = fixtures.project(staff, RegistryFixtures.prePostDraft("Privat"));
        participants.register(staff, project.id(), draft("P1"));

        assertThatThrownBy(() -> participants.list(stranger, project.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> participants.register(stranger, project.id(), draft("P2")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> participants.list(new Caller(1, true, Map.of()), project.id()))
                .isInstanceOf(ForbiddenException.class);
    }
}
