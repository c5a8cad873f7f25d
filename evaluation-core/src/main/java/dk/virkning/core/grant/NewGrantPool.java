package dk.virkning.core.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A grant pool to be created; the period and total are optional (an open-ended pool). */
public record NewGrantPool(Long organisationId, String name, LocalDate periodStart, LocalDate periodEnd,
        BigDecimal totalDkk) {
}
