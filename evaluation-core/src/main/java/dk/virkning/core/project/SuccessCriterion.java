package dk.virkning.core.project;

import java.math.BigDecimal;

/** A named target the project sets itself, e.g. attendance ≥ 75 %. */
public record SuccessCriterion(String name, BigDecimal target, String unit) {
}
