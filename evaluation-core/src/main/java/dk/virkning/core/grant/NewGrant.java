package dk.virkning.core.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A grant to award from a pool to a project, of any organisation. */
public record NewGrant(Long projectId, BigDecimal amountDkk, LocalDate awardedOn) {
}
