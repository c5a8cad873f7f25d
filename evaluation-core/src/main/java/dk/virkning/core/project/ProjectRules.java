package dk.virkning.core.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.virkning.core.problem.PlausibleDates;
import dk.virkning.stats.design.Design;

/**
 * The rules a project must meet, checked without the database: every problem is reported with
 * its exact field. Rules that need stored data (organisation, parent, partners, waves and
 * instruments in use) live in {@link ProjectService}.
 */
final class ProjectRules {

    static final int MAX_TITLE = 500;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_SHORT_TEXT = 200;
    static final int MAX_WAVES = 50;
    static final int MAX_LIST = 100;
    static final int MAX_OFFSET_DAYS = 3_650;
    private static final BigDecimal MAX_DKK = new BigDecimal("1e14");

    private ProjectRules() {
    }

    /**
     * Checks a draft and returns it normalised: texts trimmed, repeated enum values and tags
     * dropped, waves in offset order, status defaulted.
     */
    static ProjectDraft normalise(ProjectDraft d, Collection<String> knownInstruments, ProblemList problems) {
        String title = problems.line("title", d.title(), true, MAX_TITLE);
        String description = problems.paragraph("description", d.description(), false, MAX_DESCRIPTION);
        for (var period : java.util.Map.of("periodStart", java.util.Optional.ofNullable(d.periodStart()),
                "periodEnd", java.util.Optional.ofNullable(d.periodEnd())).entrySet()) {
            String implausible = PlausibleDates.period(period.getKey(), period.getValue().orElse(null));
            if (implausible != null) {
                problems.add(period.getKey(), ProblemList.OUT_OF_RANGE, implausible);
            }
        }
        if (d.periodStart() != null && d.periodEnd() != null && d.periodEnd().isBefore(d.periodStart())) {
            problems.add("periodEnd", ProblemList.OUT_OF_RANGE, "periodEnd " + d.periodEnd()
                    + " is before periodStart " + d.periodStart() + ".");
        }
        Geography geography = geography(d.geography(), problems);
        age("targetAgeMin", d.targetAgeMin(), problems);
        age("targetAgeMax", d.targetAgeMax(), problems);
        if (d.targetAgeMin() != null && d.targetAgeMax() != null && d.targetAgeMax() < d.targetAgeMin()) {
            problems.add("targetAgeMax", ProblemList.OUT_OF_RANGE, "targetAgeMax " + d.targetAgeMax()
                    + " is below targetAgeMin " + d.targetAgeMin() + ".");
        }
        List<String> targetGroups = tags(d.targetGroups(), problems);
        List<InterventionType> types = distinct("interventionTypes", d.interventionTypes(), problems);
        String other = null;
        if (types.contains(InterventionType.OTHER)) {
            other = problems.line("interventionOther", d.interventionOther(), true, MAX_SHORT_TEXT);
        }
        List<Strategy> strategies = distinct("strategies", d.strategies(), problems);
        List<Arena> arenas = distinct("arenas", d.arenas(), problems);
        List<Purpose> purposes = distinct("purposes", d.purposes(), problems);
        if (d.design() == null) {
            problems.add("design", ProblemList.REQUIRED, "Field 'design' is required (one of POST_ONLY, PRE_POST, "
                    + "PRE_POST_CONTROL, RCT).");
        }
        List<String> instruments = instruments(d.instruments(), knownInstruments, problems);
        List<WaveDraft> waves = waves(d.waves(), d.design(), problems);
        money("costDkk", d.costDkk(), problems);
        List<SuccessCriterion> criteria = criteria(d.successCriteria(), problems);
        List<Partner> partners = partners(d.partners(), problems);
        return new ProjectDraft(d.organisationId(), d.parentProjectId(), title, description, d.periodStart(),
                d.periodEnd(), geography, d.targetAgeMin(), d.targetAgeMax(), targetGroups, types, other, strategies,
                arenas, purposes, d.lonelinessFocus(), d.design(), instruments, waves, d.costDkk(), criteria,
                partners, d.status() == null ? ProjectStatus.ACTIVE : d.status());
    }

    private static Geography geography(Geography g, ProblemList problems) {
        List<String> regions = codes("geography.regionCodes", g.regionCodes(), problems, code -> {
            if (!Municipalities.isRegion(code)) {
                return "is not an official region code (1081 Nordjylland, 1082 Midtjylland, 1083 Syddanmark, "
                        + "1084 Hovedstaden, 1085 Sjælland).";
            }
            return null;
        });
        List<String> municipalities = codes("geography.municipalityCodes", g.municipalityCodes(), problems, code -> {
            if (!code.matches("[0-9]{3}")) {
                return "is not a three-digit municipality code.";
            }
            return Municipalities.isMunicipality(code) ? null : "is not one of the 98 official municipality codes.";
        });
        if (g.national() && (!g.regionCodes().isEmpty() || !g.municipalityCodes().isEmpty())) {
            problems.add("geography.national", ProblemList.NOT_ALLOWED,
                    "A national project lists no regions or municipalities.");
        }
        return new Geography(g.national(), regions, municipalities);
    }

    private interface CodeCheck {
        /** @return null when the code is fine, else the end of a sentence saying what is wrong */
        String problem(String code);
    }

    private static List<String> codes(String field, List<String> codes, ProblemList problems, CodeCheck check) {
        if (codes.size() > MAX_LIST) {
            problems.add(field, ProblemList.TOO_LONG, "Field '" + field + "' lists more than " + MAX_LIST + " codes.");
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? null : codes.get(i).strip();
            String problem = code == null || code.isEmpty() ? "is empty." : check.problem(code);
            if (problem != null) {
                problems.add(field + "." + i, ProblemList.INVALID_VALUE, "Code '" + abbreviate(code) + "' " + problem);
            } else {
                result.add(code);
            }
        }
        return List.copyOf(result);
    }

    private static void age(String field, Integer age, ProblemList problems) {
        if (age != null && (age < 0 || age > 120)) {
            problems.add(field, ProblemList.OUT_OF_RANGE, "Field '" + field + "' must be between 0 and 120.");
        }
    }

    private static List<String> tags(List<String> tags, ProblemList problems) {
        if (tags.size() > MAX_LIST) {
            problems.add("targetGroups", ProblemList.TOO_LONG, "At most " + MAX_LIST + " target groups are allowed.");
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = problems.line("targetGroups." + i, tags.get(i), true, MAX_SHORT_TEXT);
            if (tag != null) {
                result.add(tag);
            }
        }
        return List.copyOf(result);
    }

    private static <E extends Enum<E>> List<E> distinct(String field, List<E> values, ProblemList problems) {
        Set<E> result = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                problems.add(field + "." + i, ProblemList.REQUIRED, "Field '" + field + "." + i + "' is null.");
            } else {
                result.add(values.get(i));
            }
        }
        return List.copyOf(result);
    }

    private static List<String> instruments(List<String> ids, Collection<String> known, ProblemList problems) {
        if (ids.isEmpty()) {
            problems.add("instruments", ProblemList.REQUIRED, "Choose at least one instrument (known: "
                    + String.join(", ", known) + ").");
        }
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i) == null ? null : ids.get(i).strip();
            String canonical = id == null ? null
                    : known.stream().filter(k -> k.equalsIgnoreCase(id)).findFirst().orElse(null);
            if (canonical == null) {
                problems.add("instruments." + i, ProblemList.UNKNOWN, "Unknown instrument '" + abbreviate(id)
                        + "' (known: " + String.join(", ", known) + ").");
            } else {
                result.add(canonical);
            }
        }
        return List.copyOf(result);
    }

    private static List<WaveDraft> waves(List<WaveDraft> waves, Design design, ProblemList problems) {
        int needed = design != null && design.hasPreMeasurement() ? 2 : 1;
        if (waves.size() < needed) {
            problems.add("waves", ProblemList.REQUIRED, needed == 2
                    ? "Design " + design + " needs at least two waves: a baseline at offset 0 and a later one."
                    : "A project needs at least one wave.");
        }
        if (waves.size() > MAX_WAVES) {
            problems.add("waves", ProblemList.TOO_LONG, "At most " + MAX_WAVES + " waves are allowed.");
            return List.of();
        }
        List<WaveDraft> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<Integer> offsets = new HashSet<>();
        boolean complete = true;
        for (int i = 0; i < waves.size(); i++) {
            String field = "waves." + i;
            WaveDraft wave = waves.get(i);
            if (wave == null) {
                problems.add(field, ProblemList.REQUIRED, "Field '" + field + "' is null.");
                complete = false;
                continue;
            }
            String name = problems.line(field + ".name", wave.name(), true, 100);
            Integer offset = wave.offsetDays();
            if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(field + ".name", ProblemList.DUPLICATE, "Wave name '" + name + "' is used twice.");
            }
            if (offset == null) {
                problems.add(field + ".offsetDays", ProblemList.REQUIRED, "Field '" + field + ".offsetDays' is required.");
            } else if (offset < 0 || offset > MAX_OFFSET_DAYS) {
                problems.add(field + ".offsetDays", ProblemList.OUT_OF_RANGE,
                        "Field '" + field + ".offsetDays' must be between 0 and " + MAX_OFFSET_DAYS + ".");
            } else if (!offsets.add(offset)) {
                problems.add(field + ".offsetDays", ProblemList.DUPLICATE,
                        "Two waves have offset " + offset + " days; each wave needs its own offset.");
            } else if (name != null && name.equalsIgnoreCase("baseline") && offset != 0) {
                problems.add(field + ".offsetDays", ProblemList.OUT_OF_RANGE, "The baseline wave has offset 0.");
            }
            if (name == null || offset == null) {
                complete = false;
            } else {
                result.add(new WaveDraft(name, offset));
            }
        }
        result.sort(Comparator.comparing(WaveDraft::offsetDays));
        if (complete && needed == 2 && result.size() >= 2 && result.get(0).offsetDays() != 0) {
            problems.add("waves", ProblemList.OUT_OF_RANGE, "Design " + design
                    + " measures before the intervention: its first wave (the baseline) has offset 0.");
        }
        return List.copyOf(result);
    }

    private static void money(String field, BigDecimal amount, ProblemList problems) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0 || amount.compareTo(MAX_DKK) >= 0) {
            problems.add(field, ProblemList.OUT_OF_RANGE, "Field '" + field + "' must be between 0 and 10^14 DKK.");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(field, ProblemList.INVALID_VALUE, "Field '" + field + "' has more than two decimals.");
        }
    }

    private static List<SuccessCriterion> criteria(List<SuccessCriterion> criteria, ProblemList problems) {
        if (criteria.size() > MAX_LIST) {
            problems.add("successCriteria", ProblemList.TOO_LONG, "At most " + MAX_LIST + " success criteria are allowed.");
            return List.of();
        }
        List<SuccessCriterion> result = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            String field = "successCriteria." + i;
            SuccessCriterion c = criteria.get(i);
            if (c == null) {
                problems.add(field, ProblemList.REQUIRED, "Field '" + field + "' is null.");
                continue;
            }
            String name = problems.line(field + ".name", c.name(), true, MAX_SHORT_TEXT);
            String unit = problems.line(field + ".unit", c.unit(), false, 50);
            if (c.target() == null) {
                problems.add(field + ".target", ProblemList.REQUIRED, "Field '" + field + ".target' is required.");
            } else if (c.target().abs().compareTo(MAX_DKK) >= 0 || c.target().stripTrailingZeros().scale() > 6) {
                problems.add(field + ".target", ProblemList.OUT_OF_RANGE,
                        "Field '" + field + ".target' must be below 10^14 in size with at most six decimals.");
            }
            result.add(new SuccessCriterion(name, c.target(), unit));
        }
        return List.copyOf(result);
    }

    private static List<Partner> partners(List<Partner> partners, ProblemList problems) {
        if (partners.size() > MAX_LIST) {
            problems.add("partners", ProblemList.TOO_LONG, "At most " + MAX_LIST + " partners are allowed.");
            return List.of();
        }
        List<Partner> result = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            String field = "partners." + i;
            Partner p = partners.get(i);
            if (p == null) {
                problems.add(field, ProblemList.REQUIRED, "Field '" + field + "' is null.");
                continue;
            }
            if (p.organisationId() == null) {
                problems.add(field + ".organisationId", ProblemList.REQUIRED, "Field '" + field + ".organisationId' is required.");
            }
            if (p.role() == null) {
                problems.add(field + ".role", ProblemList.REQUIRED,
                        "Field '" + field + ".role' is required (OWNER, DELIVERY, REFERRER or FUNDER).");
            }
            if (p.organisationId() != null && p.role() != null) {
                if (result.contains(p)) {
                    problems.add(field, ProblemList.DUPLICATE, "Organisation " + p.organisationId()
                            + " is listed twice as " + p.role() + ".");
                } else {
                    result.add(p);
                }
            }
        }
        return List.copyOf(result);
    }

    /** User text echoed in a message, kept short. */
    static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
