package dk.virkning.core.access;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated user on whose behalf a service method runs. Services take a Caller and
 * scope every tenant query by the organisations it returns, so that access is decided in SQL
 * and never by filtering rows afterwards.
 *
 * @param userId        the user
 * @param platformAdmin whether the user administers the platform (users and organisations only)
 * @param roles         the user's roles per organisation id
 */
public record Caller(long userId, boolean platformAdmin, Map<Long, Set<Role>> roles) {

    public Caller {
        roles = roles.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    /** Organisations in which the caller holds any of the given roles, as an array for SQL {@code = any(:orgs)}. */
    public long[] organisationsWith(Role... wanted) {
        Set<Role> wantedSet = Set.copyOf(Arrays.asList(wanted));
        return roles.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(wantedSet::contains))
                .mapToLong(Map.Entry::getKey)
                .sorted()
                .toArray();
    }

    /** Organisations whose own data the caller may read and write: STAFF and ORG_ADMIN. */
    public long[] staffOrganisations() {
        return organisationsWith(Role.STAFF, Role.ORG_ADMIN);
    }

    public boolean hasRole(long organisationId, Role role) {
        return roles.getOrDefault(organisationId, Set.of()).contains(role);
    }

    public boolean isStaffOf(long organisationId) {
        return hasRole(organisationId, Role.STAFF) || hasRole(organisationId, Role.ORG_ADMIN);
    }
}
