package dk.virkning.stats.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code virkning-stats.jar} command line (statistics contract, "The command-line contract"):
 * reads a CSV file or standard input, prints one JSON object (or JSON Lines with {@code --by}) to
 * standard output. Exit status 0 on success, 2 on bad input with one line on standard error.
 */
public final class StatsCli {

    /** Exit status for input the user can fix. */
    public static final int BAD_INPUT = 2;

    private StatsCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        int status = run(args, System.in, out, System.err);
        out.flush();
        System.exit(status);
    }

    /**
     * Runs one command line: the code path of {@link #main}, with the streams passed in.
     *
     * @return the exit status
     */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(CliOptions.USAGE);
            return 0;
        }
        try {
            CliOptions options = CliOptions.parse(args);
            byte[] csv = read(options.input(), stdin);
            out.print(runCommand(options, csv));
            return 0;
        } catch (BadInputException e) {
            err.println("virkning-stats: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private static String runCommand(CliOptions options, byte[] csv) throws BadInputException {
        return switch (options.command()) {
            case "paired" -> new GroupedRun<>(new PairedCommand(options.cutoff(), options.reliability()), options.by()).run(csv);
            case "controlled" -> new GroupedRun<>(new ControlledCommand(options.cutoff(), options.caseAtMost()), options.by()).run(csv);
            case "meta" -> new GroupedRun<>(new MetaCommand(options.method(), options.test()), options.by()).run(csv);
            case "waves" -> new GroupedRun<>(new WavesCommand(), options.by()).run(csv);
            default -> throw new BadInputException("unknown command \"" + options.command() + "\"");
        };
    }

    private static byte[] read(String input, InputStream stdin) throws BadInputException {
        try {
            return input.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(input));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new BadInputException("cannot read " + input + ": " + e.getMessage());
        }
    }
}
