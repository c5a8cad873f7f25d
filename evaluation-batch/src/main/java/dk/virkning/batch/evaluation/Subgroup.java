package dk.virkning.batch.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A subgroup of a project's participants that results are broken down by. Every participant is
 * in ALL, and in exactly one value of each other type.
 */
public record Subgroup(String type, String value) {

    public static final Subgroup ALL = new Subgroup("ALL", "ALL");

    /** The subgroups one participant belongs to. */
    static List<Subgroup> of(ProjectDataset.Participant p, boolean controlled) {
        List<Subgroup> groups = new ArrayList<>(5);
        groups.add(ALL);
        if (controlled) {
            groups.add(new Subgroup("ARM", p.arm()));
        }
        groups.add(new Subgroup("GENDER", p.gender()));
        groups.add(new Subgroup("AGE_BAND", ageBand(p.birthYear(), p.enrolledOn())));
        groups.add(new Subgroup("RECRUITMENT_CHANNEL", p.recruitmentChannel() == null ? "UNKNOWN" : p.recruitmentChannel()));
        return groups;
    }

    /**
     * Age at enrolment in the bands the Danish national health profile reports loneliness by,
     * merged where projects are small: under 18, 18-29, 30-49, 50-64, 65-79, 80 and over.
     */
    static String ageBand(Integer birthYear, LocalDate enrolledOn) {
        if (birthYear == null || enrolledOn == null) {
            return "UNKNOWN";
        }
        int age = enrolledOn.getYear() - birthYear;
        if (age < 18) {
            return "0-17";
        } else if (age < 30) {
            return "18-29";
        } else if (age < 50) {
            return "30-49";
        } else if (age < 65) {
            return "50-64";
        } else if (age < 80) {
            return "65-79";
        }
        return "80+";
    }
}
