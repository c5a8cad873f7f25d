package dk.virkning.stats.economy;

/** What an effect is net of. */
public enum Counterfactual {
    /** The control group's change (controlled designs): effect = intervention change − control change. */
    CONTROL_GROUP,
    /** No control group: effect = (1 − deadweight) × observed change, with deadweight an ASSUMPTION parameter. */
    DEADWEIGHT
}
