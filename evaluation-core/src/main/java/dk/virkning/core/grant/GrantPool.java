package dk.virkning.core.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A pool of money a funder awards grants from (a "pulje").
 *
 * @param organisationId the owner: a foundation, state agency, municipality or region
 * @param awardedDkk     the sum of the grants awarded so far
 */
public record GrantPool(long id, long organisationId, String organisationName, String name, LocalDate periodStart,
        LocalDate periodEnd, BigDecimal totalDkk, BigDecimal awardedDkk) {
}
