package dk.virkning.core.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dk.virkning.core.access.Caller;
import dk.virkning.core.access.Role;
import dk.virkning.core.audit.AuditLog;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations: created by a platform administrator, visible to their members. */
@Service
public class OrganisationService {

    public static final int MAX_NAME_LENGTH = 300;
    private static final Pattern CVR = Pattern.compile("[0-9]{8}");

    private final OrganisationRepository organisations;
    private final AuditLog auditLog;

    public OrganisationService(OrganisationRepository organisations, AuditLog auditLog) {
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    @Transactional
    public Organisation create(Caller caller, NewOrganisation input) {
        if (!caller.platformAdmin()) {
            throw new ForbiddenException("Only a platform administrator may create organisations.");
        }
        String name = input.name() == null ? null : input.name().strip();
        String cvr = input.cvr() == null || input.cvr().isBlank() ? null : input.cvr().strip();
        List<InputProblem> problems = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            problems.add(InputProblem.field("name", "REQUIRED", "name is required."));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(InputProblem.field("name", "TOO_LONG",
                    "name may have at most " + MAX_NAME_LENGTH + " characters, not " + name.length() + "."));
        }
        if (input.kind() == null) {
            problems.add(InputProblem.field("kind", "REQUIRED", "kind is required: one of "
                    + List.of(OrganisationKind.values()) + "."));
        }
        if (cvr != null && !CVR.matcher(cvr).matches()) {
            problems.add(InputProblem.field("cvr", "INVALID_CVR",
                    "cvr must be exactly 8 digits, not '" + cvr + "'."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = organisations.insert(name, input.kind(), cvr);
        auditLog.record(caller, id, "ORGANISATION_CREATED", "ORGANISATION", id,
                Map.of("name", name, "kind", input.kind().name()));
        return new Organisation(id, name, input.kind(), cvr);
    }

    /** A platform administrator's view is every organisation; anyone else's, those they are a member of. */
    @Transactional(readOnly = true)
    public List<Organisation> list(Caller caller) {
        return caller.platformAdmin() ? organisations.findAll() : organisations.findAmong(memberOf(caller));
    }

    @Transactional(readOnly = true)
    public Organisation get(Caller caller, long id) {
        return organisations.findVisible(id, caller.platformAdmin(), memberOf(caller))
                .orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    private static long[] memberOf(Caller caller) {
        return caller.organisationsWith(Role.values());
    }
}
