package dk.virkning.stats.cli;

import java.util.Locale;
import java.util.Set;

import dk.virkning.stats.meta.MetaTest;
import dk.virkning.stats.meta.Tau2Method;

/**
 * The parsed command line: {@code COMMAND --input FILE [options]}.
 *
 * @param command one of paired, controlled, meta
 * @param input   the CSV file, or "-" for standard input
 * @param cutoff  case cut-off (paired, controlled), or {@code null}
 * @param caseAtMost a case is a score at or below the cut-off (controlled {@code --case at-most}, as WHO-5 ≤ 50);
 *                   by default at or above it
 * @param reliability the instrument's reliability for the reliable change index (paired), or {@code null}
 * @param by      column whose values split the file into separately analysed groups, or {@code null}
 * @param method  τ² estimator (meta)
 * @param test    test of the pooled estimate (meta)
 */
record CliOptions(String command, String input, Double cutoff, boolean caseAtMost, Double reliability, String by,
                  Tau2Method method, MetaTest test) {

    static final String USAGE = """
            usage: java -jar virkning-stats.jar paired     --input FILE [--cutoff X] [--reliability R] [--by COLUMN]
                   java -jar virkning-stats.jar controlled --input FILE [--cutoff X [--case at-least|at-most]] [--by COLUMN]
                   java -jar virkning-stats.jar meta       --input FILE [--method REML|DL] [--test z|knha|adhoc] [--by COLUMN]
                   java -jar virkning-stats.jar waves      --input FILE [--by COLUMN]
            meta reads study,yi,vi and, with a fourth column group, pools each group and tests their difference.
            FILE is a CSV file with a header, or - for standard input.""";

    private static final Set<String> COMMANDS = Set.of("paired", "controlled", "meta", "waves");

    static CliOptions parse(String[] args) throws BadInputException {
        if (args.length == 0) {
            throw new BadInputException("no command given; expected paired, controlled, meta or waves");
        }
        String command = args[0];
        if (!COMMANDS.contains(command)) {
            throw new BadInputException("unknown command \"" + command + "\"; expected paired, controlled, meta or waves");
        }
        String input = null;
        Double cutoff = null;
        boolean caseAtMost = false;
        Double reliability = null;
        String by = null;
        Tau2Method method = Tau2Method.REML;
        MetaTest test = MetaTest.Z;
        for (int i = 1; i < args.length; i += 2) {
            String option = args[i];
            allowed(command, option);
            if (i + 1 >= args.length) {
                throw new BadInputException("option " + option + " needs a value");
            }
            String value = args[i + 1];
            switch (option) {
                case "--input" -> input = value;
                case "--by" -> by = value;
                case "--cutoff" -> cutoff = cutoff(value);
                case "--case" -> caseAtMost = caseAtMost(value);
                case "--reliability" -> reliability = reliability(value);
                case "--method" -> method = method(value);
                case "--test" -> test = test(value);
                default -> throw new IllegalStateException(option);
            }
        }
        if (input == null) {
            throw new BadInputException("missing --input FILE (use - for standard input)");
        }
        if (caseAtMost && cutoff == null) {
            throw new BadInputException("--case needs --cutoff");
        }
        return new CliOptions(command, input, cutoff, caseAtMost, reliability, by, method, test);
    }

    private static boolean caseAtMost(String value) throws BadInputException {
        return switch (value) {
            case "at-least" -> false;
            case "at-most" -> true;
            default -> throw new BadInputException("--case must be at-least or at-most, was \"" + value + "\"");
        };
    }

    private static void allowed(String command, String option) throws BadInputException {
        boolean ok = switch (option) {
            case "--input", "--by" -> true;
            case "--cutoff" -> command.equals("paired") || command.equals("controlled");
            case "--reliability" -> command.equals("paired");
            case "--case" -> command.equals("controlled");
            case "--method", "--test" -> command.equals("meta");
            default -> false;
        };
        if (!ok) {
            throw new BadInputException("unknown option \"" + option + "\" for " + command);
        }
    }

    private static Double cutoff(String value) throws BadInputException {
        Double cutoff = NumberCell.parse(value);
        if (cutoff == null || cutoff.isNaN()) {
            throw new BadInputException("--cutoff must be a number, was \"" + value + "\"");
        }
        return cutoff;
    }

    private static Double reliability(String value) throws BadInputException {
        Double reliability = NumberCell.parse(value);
        if (reliability == null || !(reliability >= 0 && reliability < 1)) {
            throw new BadInputException("--reliability must be a number from 0 up to (not including) 1, was \""
                    + value + "\"");
        }
        return reliability;
    }

    private static Tau2Method method(String value) throws BadInputException {
        try {
            return Tau2Method.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--method must be REML or DL, was \"" + value + "\"");
        }
    }

    private static MetaTest test(String value) throws BadInputException {
        try {
            return MetaTest.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--test must be z, knha or adhoc, was \"" + value + "\"");
        }
    }
}
