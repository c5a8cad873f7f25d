package dk.virkning.core.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.virkning.core.access.Caller;
import dk.virkning.core.problem.ConflictException;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.NotFoundException;
import dk.virkning.stats.instrument.InstrumentCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and changes projects. STAFF and ORG_ADMIN of the owning organisation read and write
 * them; everyone else gets 404 as if the project did not exist, except platform administrators,
 * who are told plainly (403) that project data is not theirs to see.
 */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final InstrumentCatalog instruments;

    public ProjectService(ProjectRepository projects, InstrumentCatalog instruments) {
        this.projects = projects;
        this.instruments = instruments;
    }

    /**
     * What the caller may read. Today: the projects of the organisations where it is STAFF or
     * ORG_ADMIN. This is the one place to add funded projects (FundingAccess) later.
     */
    public ProjectScope readScope(Caller caller) {
        return ProjectScope.ofOrganisations(caller.staffOrganisations());
    }

    @Transactional
    public Project create(Caller caller, ProjectDraft draft) {
        long[] staff = requireStaff(caller);
        ProblemList problems = new ProblemList();
        ProjectDraft d = ProjectRules.normalise(draft, instruments.ids(), problems);
        long organisationId = owningOrganisation(d.organisationId(), staff, problems);
        checkReferences(d, -1, staff, problems);
        problems.throwIfAny();
        long id = projects.insert(organisationId, ProjectColumns.of(d));
        writeWaves(id, organisationId, d.waves(), List.of());
        writeCriteriaAndPartners(id, organisationId, d);
        return get(caller, id);
    }

    @Transactional(readOnly = true)
    public Project get(Caller caller, long id) {
        ProjectScope scope = readScope(caller);
        ProjectRepository.Row row = projects.find(id, scope.organisations(), scope.projects())
                .orElseThrow(() -> invisible(caller, id));
        return assemble(List.of(row), scope).get(0);
    }

    @Transactional(readOnly = true)
    public List<Project> list(Caller caller) {
        ProjectScope scope = readScope(caller);
        if (scope.isEmpty() && caller.platformAdmin()) {
            throw platformAdminRefused();
        }
        return assemble(projects.list(scope.organisations(), scope.projects()), scope);
    }

    /**
     * Replaces a project. Waves are matched by name (case-insensitively), so their ids and
     * responses survive; a wave or instrument that already has responses cannot be dropped, nor
     * can the control arm of a design that has control participants (409).
     */
    @Transactional
    public Project update(Caller caller, long id, ProjectDraft draft) {
        long[] staff = caller.staffOrganisations();
        long organisationId = projects.lockForUpdate(id, staff).orElseThrow(() -> invisible(caller, id));
        ProblemList problems = new ProblemList();
        ProjectDraft d = ProjectRules.normalise(draft, instruments.ids(), problems);
        if (d.organisationId() != null && d.organisationId() != organisationId) {
            problems.add("organisationId", ProblemList.NOT_ALLOWED, "A project cannot move to another organisation;"
                    + " omit organisationId or send " + organisationId + ".");
        }
        checkReferences(d, id, staff, problems);
        problems.throwIfAny();
        checkNothingInUseIsRemoved(id, organisationId, d);
        List<ProjectRepository.WaveRow> existing = projects.waves(new long[] {id}, new long[] {organisationId},
                new long[0]);
        projects.update(id, organisationId, ProjectColumns.of(d));
        writeWaves(id, organisationId, d.waves(), existing);
        projects.deleteCriteria(id, organisationId);
        projects.deletePartners(id, organisationId);
        writeCriteriaAndPartners(id, organisationId, d);
        return get(caller, id);
    }

    private long[] requireStaff(Caller caller) {
        long[] staff = caller.staffOrganisations();
        if (staff.length == 0) {
            throw caller.platformAdmin() ? platformAdminRefused()
                    : new ForbiddenException("Only STAFF or ORG_ADMIN of an organisation can register projects.");
        }
        return staff;
    }

    private static long owningOrganisation(Long requested, long[] staff, ProblemList problems) {
        if (requested == null) {
            if (staff.length == 1) {
                return staff[0];
            }
            problems.add("organisationId", ProblemList.REQUIRED, "You are staff of several organisations;"
                    + " say which one owns the project with organisationId.");
            return -1;
        }
        if (Arrays.stream(staff).noneMatch(o -> o == requested)) {
            problems.add("organisationId", ProblemList.NOT_ALLOWED, "You are not STAFF or ORG_ADMIN of organisation "
                    + requested + ".");
        }
        return requested;
    }

    private void checkReferences(ProjectDraft d, long childId, long[] staff, ProblemList problems) {
        if (d.parentProjectId() != null) {
            if (d.parentProjectId() == childId) {
                problems.add("parentProjectId", ProblemList.NOT_ALLOWED, "A project cannot be its own parent.");
            } else if (!projects.isAcceptableParent(d.parentProjectId(), childId, staff)) {
                problems.add("parentProjectId", ProblemList.UNKNOWN, "Project " + d.parentProjectId()
                        + " is not one of your organisations' projects, or it is a site of this project.");
            }
        }
        long[] partnerIds = d.partners().stream().mapToLong(Partner::organisationId).distinct().toArray();
        Set<Long> existing = partnerIds.length == 0 ? Set.of() : new HashSet<>(projects.existingOrganisations(partnerIds));
        for (int i = 0; i < d.partners().size(); i++) {
            Long partner = d.partners().get(i).organisationId();
            if (!existing.contains(partner)) {
                problems.add("partners." + i + ".organisationId", ProblemList.UNKNOWN,
                        "Organisation " + partner + " does not exist.");
            }
        }
    }

    private void checkNothingInUseIsRemoved(long id, long organisationId, ProjectDraft d) {
        Set<String> kept = d.waves().stream().map(w -> w.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String wave : projects.waveNamesWithResponses(id, organisationId)) {
            if (!kept.contains(wave.toLowerCase(Locale.ROOT))) {
                throw new ConflictException("Wave '" + wave + "' has responses and cannot be removed.");
            }
        }
        for (String instrument : projects.instrumentsWithResponses(id, organisationId)) {
            if (!d.instruments().contains(instrument)) {
                throw new ConflictException("Instrument " + instrument + " has responses and cannot be removed.");
            }
        }
        if (!d.design().hasControlGroup() && projects.controlParticipants(id, organisationId) > 0) {
            throw new ConflictException("The project has participants in the CONTROL arm, so design " + d.design()
                    + " (without a control group) cannot be chosen.");
        }
    }

    private void writeWaves(long id, long organisationId, List<WaveDraft> waves,
            List<ProjectRepository.WaveRow> existing) {
        Map<String, ProjectRepository.WaveRow> byName = existing.stream()
                .collect(Collectors.toMap(w -> w.name().toLowerCase(Locale.ROOT), Function.identity()));
        projects.parkWaveOrdinals(id, organisationId);
        Set<String> kept = waves.stream().map(w -> w.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        existing.stream().filter(w -> !kept.contains(w.name().toLowerCase(Locale.ROOT)))
                .forEach(w -> projects.deleteWave(w.id(), organisationId));
        for (int ordinal = 0; ordinal < waves.size(); ordinal++) {
            WaveDraft wave = waves.get(ordinal);
            ProjectRepository.WaveRow old = byName.get(wave.name().toLowerCase(Locale.ROOT));
            if (old == null) {
                projects.insertWave(id, organisationId, wave.name(), wave.offsetDays(), ordinal);
            } else {
                projects.updateWave(old.id(), organisationId, wave.name(), wave.offsetDays(), ordinal);
            }
        }
    }

    private void writeCriteriaAndPartners(long id, long organisationId, ProjectDraft d) {
        for (int i = 0; i < d.successCriteria().size(); i++) {
            SuccessCriterion c = d.successCriteria().get(i);
            projects.insertCriterion(id, organisationId, c.name(), c.target(), c.unit(), i);
        }
        for (Partner p : d.partners()) {
            projects.insertPartner(id, organisationId, p.organisationId(), p.role().name());
        }
    }

    private List<Project> assemble(List<ProjectRepository.Row> rows, ProjectScope scope) {
        if (rows.isEmpty()) {
            return List.of();
        }
        long[] ids = rows.stream().mapToLong(ProjectRepository.Row::id).toArray();
        Map<Long, List<ProjectRepository.WaveRow>> waves = projects.waves(ids, scope.organisations(), scope.projects())
                .stream().collect(Collectors.groupingBy(ProjectRepository.WaveRow::projectId));
        Map<Long, List<ProjectRepository.CriterionRow>> criteria = projects.criteria(ids, scope.organisations(),
                scope.projects()).stream().collect(Collectors.groupingBy(ProjectRepository.CriterionRow::projectId));
        Map<Long, List<ProjectRepository.PartnerRow>> partners = projects.partners(ids, scope.organisations(),
                scope.projects()).stream().collect(Collectors.groupingBy(ProjectRepository.PartnerRow::projectId));
        List<Project> result = new ArrayList<>();
        for (ProjectRepository.Row row : rows) {
            result.add(ProjectColumns.toProject(row,
                    waves.getOrDefault(row.id(), List.of()).stream()
                            .map(w -> new Wave(w.id(), w.name(), w.offsetDays())).toList(),
                    criteria.getOrDefault(row.id(), List.of()).stream()
                            .map(c -> new SuccessCriterion(c.name(), c.target(), c.unit())).toList(),
                    partners.getOrDefault(row.id(), List.of()).stream()
                            .map(p -> new Partner(p.partnerId(), p.role())).toList()));
        }
        return result;
    }

    private static RuntimeException invisible(Caller caller, long id) {
        return caller.platformAdmin() ? platformAdminRefused() : new NotFoundException("Project", id);
    }

    static ForbiddenException platformAdminRefused() {
        return new ForbiddenException("Platform administrators see no project data of organisations where they are"
                + " not STAFF or ORG_ADMIN.");
    }
}
