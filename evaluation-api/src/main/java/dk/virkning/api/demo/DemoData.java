package dk.virkning.api.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.core.access.Caller;
import dk.virkning.core.access.Role;
import dk.virkning.core.demo.SyntheticCohort;
import dk.virkning.core.demo.SyntheticParticipant;
import dk.virkning.core.grant.GrantPool;
import dk.virkning.core.grant.GrantService;
import dk.virkning.core.grant.NewGrant;
import dk.virkning.core.grant.NewGrantPool;
import dk.virkning.core.organisation.NewOrganisation;
import dk.virkning.core.organisation.Organisation;
import dk.virkning.core.organisation.OrganisationKind;
import dk.virkning.core.organisation.OrganisationService;
import dk.virkning.core.participant.Arm;
import dk.virkning.core.participant.Gender;
import dk.virkning.core.participant.ParticipantDraft;
import dk.virkning.core.participant.ParticipantService;
import dk.virkning.core.participant.RecruitmentChannel;
import dk.virkning.core.project.Geography;
import dk.virkning.core.project.Project;
import dk.virkning.core.project.Partner;
import dk.virkning.core.project.PartnerRole;
import dk.virkning.core.project.ProjectDraft;
import dk.virkning.core.project.ProjectService;
import dk.virkning.core.project.Purpose;
import dk.virkning.core.project.SuccessCriterion;
import dk.virkning.core.project.WaveDraft;
import dk.virkning.core.response.ResponseMode;
import dk.virkning.core.response.ResponseService;
import dk.virkning.core.response.ResponseSource;
import dk.virkning.core.response.ResponseSubmission;
import dk.virkning.core.user.AccessTokenRepository;
import dk.virkning.core.user.AccessTokens;
import dk.virkning.core.user.CallerResolver;
import dk.virkning.core.user.NewMembership;
import dk.virkning.core.user.NewUser;
import dk.virkning.core.user.UserRepository;
import dk.virkning.core.user.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo: a foundation with a grant pool, three NGOs and four projects (pre-post and
 * controlled) with synthetic participants, all through the same services the API uses, so the
 * demo data passes every validation rule. The demo users get fixed, published tokens: this is
 * synthetic data for trying the platform, never for real participants.
 */
@Service
class DemoData {

    static final LocalDate FIRST_ENROLMENT = LocalDate.of(2025, 2, 3);
    static final String ADMIN_TOKEN = "demo-admin-token-virkning";

    private final OrganisationService organisations;
    private final UserService users;
    private final UserRepository userRepository;
    private final AccessTokenRepository tokens;
    private final CallerResolver callers;
    private final GrantService grants;
    private final ProjectService projects;
    private final ParticipantService participants;
    private final ResponseService responses;

    DemoData(OrganisationService organisations, UserService users, UserRepository userRepository,
            AccessTokenRepository tokens, CallerResolver callers, GrantService grants, ProjectService projects,
            ParticipantService participants, ResponseService responses) {
        this.organisations = organisations;
        this.users = users;
        this.userRepository = userRepository;
        this.tokens = tokens;
        this.callers = callers;
        this.grants = grants;
        this.projects = projects;
        this.participants = participants;
        this.responses = responses;
    }

    /** The demo's logins: who they are and their token. */
    record Login(String who, String token) {
    }

    /** Short names for the demo organisations' tokens. */
    private static final Map<String, String> KEYS = Map.of(
            "Ventilen Danmark", "ventilen", "Røde Kors", "rodekors", "Læseforeningen", "laeseforeningen");

    /** Every demo login, in a fixed order; the same on every start. */
    static List<Login> logins() {
        List<Login> logins = new ArrayList<>();
        logins.add(new Login("platform administrator", ADMIN_TOKEN));
        logins.add(new Login("Mary Fonden, FUNDER", tokenOf("funder")));
        DemoProject.all().stream().map(DemoProject::organisation).distinct()
                .forEach(name -> logins.add(new Login(name + ", ORG_ADMIN", tokenOf(KEYS.get(name)))));
        return logins;
    }

    private static String tokenOf(String key) {
        return "demo-" + key + "-token";
    }

    /** @return the ids of the seeded projects */
    @Transactional
    List<Long> seed() {
        Caller admin = adminCaller();

        Organisation foundation = organisations.create(admin, new NewOrganisation("Mary Fonden", OrganisationKind.FOUNDATION, null));
        Caller funder = user(admin, "analytiker@maryfonden.example.org", "Fondsanalytiker (demo)", foundation.id(),
                Role.FUNDER, "funder");
        GrantPool pool = grants.createPool(funder, new NewGrantPool(foundation.id(), "Fællesskaber mod ensomhed 2025",
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("3000000")));

        Map<String, Caller> staff = new LinkedHashMap<>();
        List<Long> projectIds = new ArrayList<>();
        for (DemoProject demo : DemoProject.all()) {
            Caller owner = staff.computeIfAbsent(demo.organisation(), name -> {
                Organisation ngo = organisations.create(admin, new NewOrganisation(name, OrganisationKind.NGO, null));
                String key = KEYS.get(name);
                return user(admin, "koordinator@" + key + ".example.org", "Koordinator, " + name + " (demo)", ngo.id(),
                        Role.ORG_ADMIN, key);
            });
            Project project = projects.create(owner, draft(demo, foundation.id()));
            enrol(owner, project, demo);
            grants.award(funder, pool.id(), new NewGrant(project.id(), new BigDecimal(demo.costDkk()), LocalDate.of(2025, 1, 15)));
            projectIds.add(project.id());
        }
        return projectIds;
    }

    private Caller adminCaller() {
        return callers.resolve(ADMIN_TOKEN).orElseGet(() -> {
            long id = userRepository.insert("admin@virkning-demo.example.org", "Platform administrator (demo)", true);
            tokens.insert(id, AccessTokens.sha256(ADMIN_TOKEN), "demo");
            return callers.callerOf(userRepository.findById(id).orElseThrow());
        });
    }

    private Caller user(Caller admin, String email, String name, long organisationId, Role role, String key) {
        // The first user of an organisation goes through the platform administrator's bootstrapping; the
        // foundation's funder, whom an ORG_ADMIN would create, is seeded as the system (the demo has no such admin).
        long id;
        if (role == Role.ORG_ADMIN) {
            id = users.create(admin, new NewUser(email, name, List.of(new NewMembership(organisationId, role)))).id();
        } else {
            id = userRepository.insert(email, name, false);
            userRepository.addMembership(id, organisationId, role.name());
        }
        tokens.insert(id, AccessTokens.sha256(tokenOf(key)), "demo");
        return callers.callerOf(userRepository.findById(id).orElseThrow());
    }

    /** The project as its NGO registers it, naming the foundation as its funder (which lets the pool fund it). */
    private static ProjectDraft draft(DemoProject demo, long funder) {
        return new ProjectDraft(null, null, demo.title(), demo.description(), FIRST_ENROLMENT, null,
                new Geography(false, List.of(), demo.municipalityCodes()), demo.ageMin(), demo.ageMax(),
                List.of("ensomme"), demo.interventionTypes(), null, demo.strategies(), List.of(demo.arena()),
                List.of(Purpose.RELIEVE), null, demo.design(), demo.instruments(), demo.waves(),
                new BigDecimal(demo.costDkk()),
                List.of(new SuccessCriterion("Fremmøde", new BigDecimal("75"), "%")),
                List.of(new Partner(funder, PartnerRole.FUNDER)), null);
    }

    private void enrol(Caller owner, Project project, DemoProject demo) {
        List<String> waveNames = demo.waves().stream().map(WaveDraft::name).toList();
        List<SyntheticParticipant> people = new SyntheticCohort(demo.seed(), demo.effect(), 0.9)
                .participants("D" + demo.seed() + "-", demo.participants(), demo.controlShare(), demo.ageMin(),
                        demo.ageMax(), FIRST_ENROLMENT.getYear(), waveNames, demo.instruments());
        List<ResponseSubmission> submissions = new ArrayList<>();
        for (SyntheticParticipant p : people) {
            LocalDate enrolled = FIRST_ENROLMENT.plusDays(p.enrolmentDay());
            participants.register(owner, project.id(), new ParticipantDraft(p.code(), Arm.valueOf(p.arm()), true,
                    p.code().hashCode() % 3 != 0, enrolled, p.birthYear(), Gender.valueOf(p.gender()), null,
                    RecruitmentChannel.valueOf(p.recruitmentChannel()), enrolled));
            for (WaveDraft wave : demo.waves()) {
                Map<String, Map<String, Integer>> answers = p.answers().get(wave.name());
                if (answers == null) {
                    continue;
                }
                answers.forEach((instrument, items) -> submissions.add(new ResponseSubmission(p.code(), wave.name(),
                        instrument, enrolled.plusDays(wave.offsetDays()), ResponseMode.SELF, items)));
            }
        }
        responses.upsert(owner, project.id(), submissions, ResponseSource.form());
    }
}
