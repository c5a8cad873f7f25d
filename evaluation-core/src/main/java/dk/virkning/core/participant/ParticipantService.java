package dk.virkning.core.participant;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dk.virkning.core.access.Caller;
import dk.virkning.core.audit.AuditLog;
import dk.virkning.core.problem.PlausibleDates;
import dk.virkning.core.problem.ConflictException;
import dk.virkning.core.problem.NotFoundException;
import dk.virkning.core.project.Municipalities;
import dk.virkning.core.project.ProblemList;
import dk.virkning.core.project.ProjectAccess;
import dk.virkning.core.project.ProjectRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers participants of a project, records drop-outs and carries out erasure
 * (docs/domain.md, participants; docs/privacy.md, erasure).
 * Only STAFF and ORG_ADMIN of the project's organisation get here ({@link ProjectAccess}).
 */
@Service
public class ParticipantService {

    /** Dates are Danish dates; one day of slack lets a client in another time zone record "today". */
    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private final ProjectAccess access;
    private final ParticipantRepository participants;
    private final AuditLog audit;

    public ParticipantService(ProjectAccess access, ParticipantRepository participants, AuditLog audit) {
        this.access = access;
        this.participants = participants;
        this.audit = audit;
    }

    @Transactional
    public Participant register(Caller caller, long projectId, ParticipantDraft draft) {
        ProjectRef project = access.forWriting(caller, projectId);
        ProblemList problems = new ProblemList();
        ParticipantDraft p = normalise(draft, project, problems);
        problems.throwIfAny();
        participants.insert(project.id(), project.organisationId(), p)
                .orElseThrow(() -> new ConflictException("Participant code is already registered in this project."));
        return participants.find(project.id(), project.organisationId(), p.code()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Participant> list(Caller caller, long projectId) {
        ProjectRef project = access.forReading(caller, projectId);
        return participants.list(project.id(), project.organisationId());
    }

    @Transactional(readOnly = true)
    public Participant get(Caller caller, long projectId, String code) {
        ProjectRef project = access.forReading(caller, projectId);
        return find(project, code);
    }

    /** Records (or, with both fields null, clears) a participant's drop-out. */
    @Transactional
    public Participant recordDropout(Caller caller, long projectId, String code, ParticipantUpdate update) {
        ProjectRef project = access.forWriting(caller, projectId);
        Participant participant = find(project, code);
        if (participant.erased()) {
            throw new ConflictException("The participant has been erased and cannot be changed.");
        }
        ProblemList problems = new ProblemList();
        String reason = problems.paragraph("dropoutReason", update.dropoutReason(), false, 1000);
        LocalDate date = update.droppedOutOn();
        if (date == null && reason != null) {
            problems.add("droppedOutOn", ProblemList.REQUIRED, "A drop-out reason needs the drop-out date.");
        }
        if (date != null && date.isBefore(participant.enrolledOn())) {
            problems.add("droppedOutOn", ProblemList.OUT_OF_RANGE, "The drop-out date " + date
                    + " is before enrolment on " + participant.enrolledOn() + ".");
        }
        notInFuture("droppedOutOn", date, problems);
        problems.throwIfAny();
        participants.updateDropout(participant.id(), project.organisationId(), date, reason);
        return find(project, code);
    }

    /**
     * The right to be forgotten: deletes the participant's responses (with their history) and
     * demographics, and keeps an erasure marker. Erasing twice changes nothing more.
     */
    @Transactional
    public Participant erase(Caller caller, long projectId, String code) {
        ProjectRef project = access.forWriting(caller, projectId);
        Participant participant = find(project, code);
        if (!participant.erased()) {
            participants.eraseResponseHistory(participant.id(), project.organisationId());
            participants.eraseResponses(participant.id(), project.organisationId());
            participants.eraseDemographics(participant.id(), project.organisationId());
            // The line names the participant by id only: the erased person's data must not live on in the log.
            audit.record(caller, project.organisationId(), "PARTICIPANT_ERASED", "PARTICIPANT", participant.id(),
                    Map.of("projectId", project.id()));
        }
        return find(project, code);
    }

    private Participant find(ProjectRef project, String code) {
        return participants.find(project.id(), project.organisationId(), ParticipantCodePolicy.normalise(code))
                .orElseThrow(() -> new NotFoundException("Participant", "with this code in project " + project.id()));
    }

    private static ParticipantDraft normalise(ParticipantDraft d, ProjectRef project, ProblemList problems) {
        ParticipantCodePolicy.check(d.code()).ifPresent(r -> problems.add("code", r.code(), r.message()));
        Arm arm = d.arm() == null ? Arm.INTERVENTION : d.arm();
        if (arm == Arm.CONTROL && !project.design().hasControlGroup()) {
            problems.add("arm", ProblemList.NOT_ALLOWED, "The project's design " + project.design()
                    + " has no control group; CONTROL needs PRE_POST_CONTROL or RCT.");
        }
        if (!Boolean.TRUE.equals(d.consentEvaluation())) {
            problems.add("consentEvaluation", "CONSENT_REQUIRED",
                    "A participant is registered only with consent to evaluation: consentEvaluation must be true.");
        }
        if (d.consentDate() == null) {
            problems.add("consentDate", ProblemList.REQUIRED, "Field 'consentDate' is required.");
        }
        notInFuture("consentDate", d.consentDate(), problems);
        if (d.enrolledOn() == null) {
            problems.add("enrolledOn", ProblemList.REQUIRED, "Field 'enrolledOn' is required.");
        }
        notInFuture("enrolledOn", d.enrolledOn(), problems);
        int thisYear = Year.now(ZONE).getValue();
        if (d.birthYear() != null && (d.birthYear() < 1900 || d.birthYear() > thisYear)) {
            problems.add("birthYear", ProblemList.OUT_OF_RANGE, "Field 'birthYear' must be between 1900 and "
                    + thisYear + ".");
        }
        String municipality = d.municipalityCode() == null ? null : d.municipalityCode().strip();
        if (municipality != null && !Municipalities.isMunicipality(municipality)) {
            problems.add("municipalityCode", ProblemList.UNKNOWN,
                    "Field 'municipalityCode' must be one of the 98 official three-digit municipality codes.");
        }
        return new ParticipantDraft(ParticipantCodePolicy.normalise(d.code()), arm, true,
                Boolean.TRUE.equals(d.consentResearch()), d.consentDate(), d.birthYear(),
                d.gender() == null ? Gender.UNKNOWN : d.gender(), municipality, d.recruitmentChannel(),
                d.enrolledOn());
    }

    static void notInFuture(String field, LocalDate date, ProblemList problems) {
        String implausible = PlausibleDates.event(field, date);
        if (implausible != null) {
            problems.add(field, ProblemList.OUT_OF_RANGE, implausible);
        }
    }
}
