package dk.virkning.core.importing;

import java.util.List;

/**
 * The outcome of reading the header: a layout when a format could be recognised (possibly with
 * problems such as unknown columns, which do not stop the rows being read), or {@code null}
 * with the problem explaining why not.
 */
record HeaderParse(HeaderLayout layout, List<ImportProblem> problems) {

    HeaderParse {
        problems = List.copyOf(problems);
    }
}
