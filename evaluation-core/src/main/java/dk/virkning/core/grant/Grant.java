package dk.virkning.core.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant from a pool to a project.
 *
 * @param organisationId the organisation that runs the project
 */
public record Grant(long id, long projectId, String projectTitle, long organisationId, String organisationName,
        BigDecimal amountDkk, LocalDate awardedOn) {
}
