package dk.virkning.batch.economy;

import java.math.BigDecimal;

/** An economy_estimate row ready to bind: JSON columns as text. */
public record EconomyEstimateRow(long projectId, long organisationId, String valuationSetId,
        String valuationSetVersion, String status, String notValuedReason, String route, String design,
        String counterfactual, String budgetNotValuedReason, int participants, int participantsAged16To64,
        BigDecimal costDkk, Double wellbys, Double wellbeingValueDkk, Double budgetTotalDkk, Double socialValueDkk,
        Double costPerWellbyDkk, Double socialReturnRatio, String pointEstimate, String completeCase, String effects, String monteCarlo, String sensitivity,
        String[] parametersUsed, String assumptions, String notes, boolean caution, boolean suppressed, Long seed,
        Integer draws, Long jobExecutionId) {
}
