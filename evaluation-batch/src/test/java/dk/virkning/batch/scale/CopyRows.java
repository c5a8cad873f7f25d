package dk.virkning.batch.scale;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * Rows in PostgreSQL's COPY text format, sent with the JDBC driver's CopyManager: an order of
 * magnitude faster than batched inserts for the hundreds of thousands of rows of a national
 * dataset. Values must not contain tabs, newlines or backslashes (the generator's never do).
 */
final class CopyRows {

    private final String target;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean rowStarted;
    private long rows;

    /** @param target table and columns, e.g. {@code participant (project_id, code)} */
    CopyRows(String target) {
        this.target = target;
    }

    CopyRows add(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        text.append(value == null ? "\\N" : value.toString());
        rowStarted = true;
        return this;
    }

    void endRow() {
        text.append('\n');
        rowStarted = false;
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Sends the rows and empties the buffer; returns how many were copied. */
    long copyTo(Connection connection) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        try {
            long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + target + " from stdin", new StringReader(text.toString()));
            text.setLength(0);
            rows = 0;
            return copied;
        } catch (IOException e) {
            throw new SQLException("COPY into " + target + " failed", e);
        }
    }

    /** A PostgreSQL array literal of simple words, e.g. {@code {"WHO5","TILS"}}. */
    static String array(Iterable<String> words) {
        StringBuilder literal = new StringBuilder("{");
        for (String word : words) {
            literal.append(literal.length() > 1 ? "," : "").append('"').append(word).append('"');
        }
        return literal.append('}').toString();
    }
}
