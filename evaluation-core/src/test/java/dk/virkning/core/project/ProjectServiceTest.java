package dk.virkning.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.virkning.core.access.Caller;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import dk.virkning.stats.design.Design;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(RegistryFixtures.class)
class ProjectServiceTest {

    @Autowired
    ProjectService projects;

    @Autowired
    RegistryFixtures fixtures;

    @Test
    void createsAProjectWithItsTypologyWavesCriteriaAndPartners() {
        Caller staff = fixtures.staffOfNewOrganisation();
        long partner = fixtures.organisation("Kommune");
        ProjectDraft d = RegistryFixtures.prePostDraft("Besøgsvenner");
        ProjectDraft draft = new ProjectDraft(null, null, "  Besøgsvenner  ", "Beskrivelse\nlinje 2",
                LocalDate.of(2025, 1, 1), null, new Geography(false, List.of("1084"), List.of("101", "147")),
                65, null, d.targetGroups(), List.of(InterventionType.VISITING_FRIEND_MENTOR, InterventionType.OTHER,
                        InterventionType.OTHER),
                "Telefonkæde", d.strategies(), d.arenas(), d.purposes(), d.lonelinessFocus(), Design.PRE_POST,
                List.of("who5", "TILS"), List.of(new WaveDraft("post", 90), new WaveDraft("baseline", 0)),
                new BigDecimal("250000.50"), List.of(new SuccessCriterion("Fremmøde", new BigDecimal("75"), "%")),
                List.of(new Partner(partner, PartnerRole.REFERRER)), null);

        Project p = projects.create(staff, draft);

        assertThat(p.organisationId()).isEqualTo(RegistryFixtures.organisationOf(staff));
        assertThat(p.title()).isEqualTo("Besøgsvenner");
        assertThat(p.ageGroup()).isEqualTo(AgeGroup.OLDER);
        assertThat(p.interventionTypes()).containsExactly(InterventionType.VISITING_FRIEND_MENTOR, InterventionType.OTHER);
        assertThat(p.interventionOther()).isEqualTo("Telefonkæde");
        assertThat(p.instruments()).containsExactly("WHO5", "TILS");
        assertThat(p.waves()).extracting(Wave::name).containsExactly("baseline", "post");
        assertThat(p.geography().municipalityCodes()).containsExactly("101", "147");
        assertThat(p.costDkk()).isEqualByComparingTo("250000.50");
        assertThat(p.successCriteria()).containsExactly(new SuccessCriterion("Fremmøde", new BigDecimal("75"), "%"));
        assertThat(p.partners()).containsExactly(new Partner(partner, PartnerRole.REFERRER));
        assertThat(p.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(projects.get(staff, p.id())).isEqualTo(p);
        assertThat(projects.list(staff)).containsExactly(p);
    }

    @Test
    void derivesTheAgeGroupFromTheTargetAges() {
        Caller staff = fixtures.staffOfNewOrganisation();
        assertThat(ageGroup(staff, 12, 17)).isEqualTo(AgeGroup.CHILDREN_YOUTH);
        assertThat(ageGroup(staff, null, 17)).isEqualTo(AgeGroup.CHILDREN_YOUTH);
        assertThat(ageGroup(staff, 65, null)).isEqualTo(AgeGroup.OLDER);
        assertThat(ageGroup(staff, 18, 65)).isEqualTo(AgeGroup.ADULTS);
        assertThat(ageGroup(staff, 18, 66)).isEqualTo(AgeGroup.ALL_AGES);
        assertThat(ageGroup(staff, 15, 30)).isEqualTo(AgeGroup.ALL_AGES);
        assertThat(ageGroup(staff, null, null)).isEqualTo(AgeGroup.ALL_AGES);
    }

    private AgeGroup ageGroup(Caller staff, Integer min, Integer max) {
        ProjectDraft d = RegistryFixtures.prePostDraft("Alder");
        return projects.create(staff, new ProjectDraft(null, null, d.title(), null, null, null, null, min, max,
                List.of(), d.interventionTypes(), null, List.of(), List.of(), List.of(), null, d.design(),
                d.instruments(), d.waves(), null, List.of(), List.of(), null)).ageGroup();
    }

    @Test
    void reportsEveryProblemOfADraftWithItsFieldAndWritesNothing() {
        Caller staff = fixtures.staffOfNewOrganisation();
        long before = fixtures.count("select count(*) from project");
        ProjectDraft draft = new ProjectDraft(null, null, " ", null, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 1, 1), new Geography(true, List.of("1086"), List.of("999", "12a")), 70, 30,
                List.of(), List.of(InterventionType.OTHER), null, List.of(), List.of(), List.of(), null,
                Design.PRE_POST, List.of("WHO5", "SWEMWBS"), List.of(new WaveDraft("post", 90)),
                new BigDecimal("-1"), List.of(), List.of(new Partner(Long.MAX_VALUE, PartnerRole.FUNDER)), null);

        assertThatThrownBy(() -> projects.create(staff, draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::field)
                        .containsExactlyInAnyOrder("title", "periodEnd", "geography.regionCodes.0",
                                "geography.municipalityCodes.0", "geography.municipalityCodes.1", "geography.national",
                                "targetAgeMax", "interventionOther", "instruments.1", "waves", "costDkk",
                                "partners.0.organisationId"));
        assertThat(fixtures.count("select count(*) from project")).isEqualTo(before);
    }

    @Test
    void refusesDuplicateWaveNamesAndABaselineAfterDayZero() {
        Caller staff = fixtures.staffOfNewOrganisation();
        ProjectDraft draft = RegistryFixtures.draft("Bølger", Design.RCT, List.of("WHO5"),
                List.of(new WaveDraft("Baseline", 14), new WaveDraft("baseline", 90), new WaveDraft("opfølgning", 90)));

        assertThatThrownBy(() -> projects.create(staff, draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::field, InputProblem::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("waves.0.offsetDays", "OUT_OF_RANGE"),
                                org.assertj.core.groups.Tuple.tuple("waves.1.name", "DUPLICATE"),
                                org.assertj.core.groups.Tuple.tuple("waves.2.offsetDays", "DUPLICATE")));
    }

    @Test
    void needsTheOrganisationWhenTheCallerIsStaffOfSeveral() {
        long a = fixtures.organisation("A");
        long b = fixtures.organisation("B");
        Caller both = new Caller(1, false, Map.of(a, Set.of(dk.virkning.core.access.Role.STAFF),
                b, Set.of(dk.virkning.core.access.Role.ORG_ADMIN)));
        ProjectDraft d = RegistryFixtures.prePostDraft("To");

        assertThatThrownBy(() -> projects.create(both, d))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InputProblem::field).containsExactly("organisationId"));
        ProjectDraft forB = new ProjectDraft(b, null, d.title(), null, null, null, null, null, null, null,
                d.interventionTypes(), null, null, null, null, null, d.design(), d.instruments(), d.waves(), null,
                null, null, null);
        assertThat(projects.create(both, forB).organisationId()).isEqualTo(b);
    }

    @Test
    void hidesOtherOrganisationsProjectsAndRefusesPlatformAdministrators() {
        Caller owner = fixtures.staffOfNewOrganisation();
        Caller stranger = fixtures.staffOfNewOrganisation();
        Project p = projects.create(owner, RegistryFixtures.prePostDraft("Skjult"));
        Caller admin = new Caller(2, true, Map.of());

        assertThatThrownBy(() -> projects.get(stranger, p.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projects.update(stranger, p.id(), RegistryFixtures.prePostDraft("x")))
                .isInstanceOf(NotFoundException.class);
        assertThat(projects.list(stranger)).isEmpty();
        assertThatThrownBy(() -> projects.get(admin, p.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> projects.list(admin)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> projects.create(admin, RegistryFixtures.prePostDraft("x")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void updateKeepsWaveIdsByNameAndRenumbersThem() {
        Caller staff = fixtures.staffOfNewOrganisation();
        Project p = projects.create(staff, RegistryFixtures.prePostDraft("Opdatering"));
        long postId = p.wave("post").orElseThrow().id();

        Project updated = projects.update(staff, p.id(), RegistryFixtures.draft("Opdateret", Design.PRE_POST,
                List.of("WHO5"), List.of(new WaveDraft("baseline", 0), new WaveDraft("mid", 30),
                        new WaveDraft("Post", 120))));

        assertThat(updated.title()).isEqualTo("Opdateret");
        assertThat(updated.waves()).extracting(Wave::name).containsExactly("baseline", "mid", "Post");
        assertThat(updated.wave("Post").orElseThrow().id()).isEqualTo(postId);
        assertThat(updated.wave("Post").orElseThrow().offsetDays()).isEqualTo(120);
        assertThat(updated.instruments()).containsExactly("WHO5");
        assertThat(updated.updatedAt()).isAfterOrEqualTo(p.updatedAt());
    }

    @Test
    void aProjectCannotBecomeTheParentOfItsOwnParent() {
        Caller staff = fixtures.staffOfNewOrganisation();
        Project programme = projects.create(staff, RegistryFixtures.prePostDraft("Program"));
        ProjectDraft d = RegistryFixtures.prePostDraft("Site");
        Project site = projects.create(staff, new ProjectDraft(null, programme.id(), d.title(), null, null, null, null,
                null, null, null, d.interventionTypes(), null, null, null, null, null, d.design(), d.instruments(),
                d.waves(), null, null, null, null));
        assertThat(site.parentProjectId()).isEqualTo(programme.id());

        ProjectDraft cycle = new ProjectDraft(null, site.id(), "Program", null, null, null, null, null, null, null,
                d.interventionTypes(), null, null, null, null, null, d.design(), d.instruments(), d.waves(), null,
                null, null, null);
        assertThatThrownBy(() -> projects.update(staff, programme.id(), cycle))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InputProblem::field).containsExactly("parentProjectId"));
    }
}
