package dk.virkning.core.user;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dk.virkning.core.access.Caller;
import dk.virkning.core.access.Role;
import dk.virkning.core.audit.AuditLog;
import dk.virkning.core.organisation.Organisation;
import dk.virkning.core.organisation.OrganisationKind;
import dk.virkning.core.organisation.OrganisationRepository;
import dk.virkning.core.problem.ConflictException;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their memberships. A platform administrator creates only the first ORG_ADMIN of an
 * organisation without members; an ORG_ADMIN creates users within the organisations they administer. Roles must suit the organisation: FUNDER only
 * where grant pools are run ({@link OrganisationKind#runsGrantPools()}),
 * RESEARCHER only in research organisations.
 */
@Service
public class UserService {

    public static final int MAX_NAME_LENGTH = 300;
    public static final int MAX_EMAIL_LENGTH = 254;
    // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is proven by use, not by regex.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final AuditLog auditLog;

    public UserService(UserRepository users, OrganisationRepository organisations, AuditLog auditLog) {
        this.users = users;
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    @Transactional
    public UserProfile create(Caller caller, NewUser input) {
        long[] adminOrgs = caller.organisationsWith(Role.ORG_ADMIN);
        if (!caller.platformAdmin() && adminOrgs.length == 0) {
            throw new ForbiddenException("Only a platform administrator or an ORG_ADMIN may create users.");
        }
        if (input.memberships() != null) {
            // Authorisation before validation: whether another organisation exists, and its kind, is not for
            // an ORG_ADMIN elsewhere to probe.
            for (NewMembership m : input.memberships()) {
                if (m != null && m.organisationId() != null && !caller.hasRole(m.organisationId(), Role.ORG_ADMIN)
                        && !bootstraps(caller, m)) {
                    throw new ForbiddenException(caller.platformAdmin()
                            ? "A platform administrator creates only the first ORG_ADMIN of an organisation that has "
                                    + "no members yet; organisation " + m.organisationId() + "'s ORG_ADMINs create its "
                                    + "other users."
                            : "You are not ORG_ADMIN of organisation " + m.organisationId()
                                    + ", so you cannot give a user a role there.");
                }
            }
        }
        String email = input.email() == null ? null : input.email().strip();
        String name = input.name() == null ? null : input.name().strip();
        List<InputProblem> problems = new ArrayList<>();
        validateEmail(email, problems);
        validateName(name, problems);
        Set<NewMembership> memberships = validateMemberships(input.memberships(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = users.insertUnlessEmailTaken(email, name)
                .orElseThrow(() -> new ConflictException("A user with the e-mail address " + email + " already exists."));
        for (NewMembership m : memberships) {
            users.addMembership(id, m.organisationId(), m.role().name());
        }
        Map<Long, String> rolesByOrganisation = memberships.stream().collect(Collectors.groupingBy(
                NewMembership::organisationId, TreeMap::new,
                Collectors.mapping(m -> m.role().name(), Collectors.joining(","))));
        rolesByOrganisation.forEach((organisationId, roles) -> auditLog.record(caller, organisationId,
                "USER_CREATED", "USER", id, Map.of("roles", roles)));
        return profile(users.findById(id).orElseThrow(), users.organisationRoles(id));
    }

    /**
     * A platform administrator starts an organisation off with its first ORG_ADMIN and no further:
     * any other role, or a second admin, would let them give themselves (or a user they control)
     * access to the organisation's data. A missing role is left for validation to report.
     */
    private boolean bootstraps(Caller caller, NewMembership m) {
        return caller.platformAdmin() && (m.role() == null || m.role() == Role.ORG_ADMIN)
                && !users.organisationHasMembers(m.organisationId());
    }

    @Transactional(readOnly = true)
    public UserProfile me(Caller caller) {
        User user = users.findById(caller.userId()).orElseThrow(() -> new NotFoundException("User", caller.userId()));
        return profile(user, users.organisationRoles(user.id()));
    }

    /**
     * The user as the caller may see them. An ORG_ADMIN who is not the user sees only the
     * memberships in organisations they administer, so a user's other affiliations stay private.
     */
    @Transactional(readOnly = true)
    public UserProfile get(Caller caller, long id) {
        long[] adminOrgs = caller.organisationsWith(Role.ORG_ADMIN);
        User user = users.findVisible(id, caller.userId(), caller.platformAdmin(), adminOrgs)
                .orElseThrow(() -> new NotFoundException("User", id));
        boolean seesAll = user.id() == caller.userId() || caller.platformAdmin();
        return profile(user, seesAll ? users.organisationRoles(id) : users.organisationRolesAmong(id, adminOrgs));
    }

    /** Whether the caller may see the user at all (used to choose between 403 and 404). */
    @Transactional(readOnly = true)
    public boolean canSee(Caller caller, long id) {
        return users.findVisible(id, caller.userId(), caller.platformAdmin(), caller.organisationsWith(Role.ORG_ADMIN))
                .isPresent();
    }

    private static UserProfile profile(User user, List<OrganisationRole> memberships) {
        return new UserProfile(user.id(), user.email(), user.name(), user.platformAdmin(), memberships);
    }

    private static void validateEmail(String email, List<InputProblem> problems) {
        if (email == null || email.isEmpty()) {
            problems.add(InputProblem.field("email", "REQUIRED", "email is required."));
        } else if (email.length() > MAX_EMAIL_LENGTH) {
            problems.add(InputProblem.field("email", "TOO_LONG",
                    "email may have at most " + MAX_EMAIL_LENGTH + " characters."));
        } else if (!EMAIL.matcher(email).matches()) {
            problems.add(InputProblem.field("email", "INVALID_EMAIL", "'" + email + "' is not an e-mail address."));
        }
    }

    private static void validateName(String name, List<InputProblem> problems) {
        if (name == null || name.isEmpty()) {
            problems.add(InputProblem.field("name", "REQUIRED", "name is required."));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(InputProblem.field("name", "TOO_LONG",
                    "name may have at most " + MAX_NAME_LENGTH + " characters, not " + name.length() + "."));
        }
    }

    /** The distinct valid memberships; every problem found is added to {@code problems}. */
    private Set<NewMembership> validateMemberships(List<NewMembership> requested, List<InputProblem> problems) {
        if (requested == null || requested.isEmpty()) {
            problems.add(InputProblem.field("memberships", "REQUIRED",
                    "memberships must name at least one organisation and role."));
            return Set.of();
        }
        long[] ids = requested.stream().filter(m -> m != null && m.organisationId() != null)
                .mapToLong(NewMembership::organisationId).distinct().toArray();
        Map<Long, Organisation> existing = organisations.findAmong(ids).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Set<NewMembership> valid = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            NewMembership m = requested.get(i);
            String field = "memberships." + i;
            if (m == null) {
                problems.add(InputProblem.field(field, "REQUIRED", field + " is empty."));
                continue;
            }
            Organisation organisation = m.organisationId() == null ? null : existing.get(m.organisationId());
            if (m.organisationId() == null) {
                problems.add(InputProblem.field(field + ".organisationId", "REQUIRED", field + ".organisationId is required."));
            } else if (organisation == null) {
                problems.add(InputProblem.field(field + ".organisationId", "UNKNOWN_ORGANISATION",
                        "Organisation " + m.organisationId() + " does not exist."));
            }
            if (m.role() == null) {
                problems.add(InputProblem.field(field + ".role", "REQUIRED",
                        field + ".role is required: one of " + List.of(Role.values()) + "."));
            } else if (organisation != null && !roleSuits(m.role(), organisation)) {
                problems.add(InputProblem.field(field + ".role", "ROLE_NOT_ALLOWED",
                        "The role " + m.role() + " is not available in organisation " + organisation.id()
                                + " of kind " + organisation.kind() + ": " + roleRule(m.role())));
            }
            if (organisation != null && m.role() != null && roleSuits(m.role(), organisation)) {
                valid.add(m);
            }
        }
        return valid;
    }

    private static boolean roleSuits(Role role, Organisation organisation) {
        return switch (role) {
            case FUNDER -> organisation.kind().runsGrantPools();
            case RESEARCHER -> organisation.kind() == OrganisationKind.RESEARCH;
            case STAFF, ORG_ADMIN -> true;
        };
    }

    private static String roleRule(Role role) {
        return role == Role.FUNDER
                ? "FUNDER is for organisations that run grant pools (FOUNDATION, STATE_AGENCY, MUNICIPALITY, REGION)."
                : "RESEARCHER is for RESEARCH organisations.";
    }
}
