package dk.virkning.batch.economy;

import java.math.BigDecimal;

/** An economy_estimate row ready to bind: JSON columns as text. */
public record EconomyEstimateRow(long projectId, long organisationId, String valuationSetId,
        String valuationSetVersion, String status, String notValuedReason, String route, String design,
        String counterfactual, String budgetNotValuedReason, int participants, BigDecimal costDkk, Double wellbys,
        Double wellbeingValueDkk, Double budgetTotalDkk, Double totalValueDkk, Double costPerWellbyDkk,
        Double socialReturnRatio, String pointEstimate, String effects, String monteCarlo, String sensitivity,
        String[] parametersUsed, String assumptions, String notes, boolean caution, boolean suppressed, Long seed,
        Integer draws, Long jobExecutionId) {
}
