package dk.virkning.core.problem;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The range of dates each kind of field may hold (docs/api.md, "Dates"). Wider ranges would let a
 * typo (2205 for 2025, 0025 for 2025) be stored and skew every evaluation that reads it.
 */
public final class PlausibleDates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** No data the platform evaluates predates this: the earliest enrolment, consent, answer or drop-out. */
    public static final LocalDate EARLIEST_EVENT = LocalDate.of(2000, 1, 1);
    /** Project and grant periods: planned ahead, but not beyond this. */
    public static final LocalDate EARLIEST_PERIOD = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_PERIOD = LocalDate.of(2100, 12, 31);

    private PlausibleDates() {
    }

    /** Why an event date (enrolment, consent, answer, drop-out: on or before tomorrow) is implausible, or null. */
    public static String event(String field, LocalDate date) {
        if (date == null) {
            return null;
        }
        if (date.isBefore(EARLIEST_EVENT)) {
            return "Field '" + field + "' must be on or after " + EARLIEST_EVENT + ", not " + date + ".";
        }
        if (date.isAfter(LocalDate.now(ZONE).plusDays(1))) {
            return "Field '" + field + "' is in the future (" + date + ").";
        }
        return null;
    }

    /** Why a period boundary (a project's or a grant's) is implausible, or null. */
    public static String period(String field, LocalDate date) {
        if (date == null || (!date.isBefore(EARLIEST_PERIOD) && !date.isAfter(LATEST_PERIOD))) {
            return null;
        }
        return "Field '" + field + "' must be between " + EARLIEST_PERIOD + " and " + LATEST_PERIOD + ", not " + date + ".";
    }
}
