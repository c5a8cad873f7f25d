package dk.virkning.stats.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small RFC 4180 reader over UTF-8 bytes: comma-separated fields, optional double quotes (a
 * doubled quote inside a quoted field is a quote), LF or CRLF line ends, a leading byte-order mark
 * ignored, blank lines skipped (as R's {@code read.csv} does). It keeps the line on which each record
 * starts, for error messages.
 *
 * <p>Hand-written, and working on the bytes rather than on a decoded string, because reading is the
 * one part of a grouped run that cannot be spread over the cores: numeric cells are parsed in place
 * ({@link NumberCell#parse(byte[], int, int)}) and text is decoded only for the cells that are asked
 * for.
 */
final class CsvReader {

    private final byte[] bytes;
    private int position;
    private int line = 1;
    private int recordLine;
    private int count;
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    /** The unescaped text of quoted fields; {@code null} for plain fields. */
    private String[] quoted = new String[8];

    CsvReader(byte[] bytes) {
        this.bytes = bytes;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            position = 3;
        }
    }

    CsvReader(String text) {
        this(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Advances to the next non-blank record; false at the end of the input. */
    boolean next() throws BadInputException {
        while (position < bytes.length) {
            recordLine = line;
            count = 0;
            readRecord();
            if (!(count == 1 && quoted[0] == null && starts[0] == ends[0])) {
                return true;
            }
        }
        count = 0;
        return false;
    }

    /** The line on which the current record starts (1-based). */
    int recordLine() {
        return recordLine;
    }

    int fieldCount() {
        return count;
    }

    /** The text of field {@code i} of the current record. */
    String text(int i) {
        return quoted[i] != null ? quoted[i] : new String(bytes, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
    }

    /** Field {@code i} as a number: NaN when empty, {@code null} when it is not a number. */
    Double number(int i) {
        return quoted[i] != null ? NumberCell.parse(quoted[i]) : NumberCell.parse(bytes, starts[i], ends[i]);
    }

    /** Whether field {@code i} of the current record holds exactly {@code text} (UTF-8). */
    boolean sameText(int i, byte[] text) {
        if (quoted[i] != null) {
            return Arrays.equals(quoted[i].getBytes(StandardCharsets.UTF_8), text);
        }
        return Arrays.equals(bytes, starts[i], ends[i], text, 0, text.length);
    }

    /** The raw bytes of field {@code i}. */
    byte[] bytes(int i) {
        return quoted[i] != null ? quoted[i].getBytes(StandardCharsets.UTF_8) : Arrays.copyOfRange(bytes, starts[i], ends[i]);
    }

    /** Reads fields until the end of the record. */
    private void readRecord() throws BadInputException {
        while (true) {
            if (position < bytes.length && bytes[position] == '"') {
                if (readQuotedField()) {
                    return;
                }
                continue;
            }
            int start = position;
            while (position < bytes.length && bytes[position] != ',' && bytes[position] != '\n'
                    && bytes[position] != '\r') {
                position++;
            }
            add(start, position, null);
            if (position >= bytes.length) {
                return;
            }
            if (bytes[position] == ',') {
                position++;
                if (position >= bytes.length) {
                    add(position, position, null);
                    return;
                }
            } else {
                skipLineEnd();
                return;
            }
        }
    }

    /** Reads one quoted field; returns whether it ended the record. */
    private boolean readQuotedField() throws BadInputException {
        int startLine = line;
        StringBuilder value = new StringBuilder();
        int chunk = ++position;
        while (true) {
            if (position >= bytes.length) {
                throw new BadInputException("line " + startLine + ": a quoted field is not closed");
            }
            byte b = bytes[position];
            if (b == '"') {
                value.append(new String(bytes, chunk, position - chunk, StandardCharsets.UTF_8));
                position++;
                if (position < bytes.length && bytes[position] == '"') {
                    value.append('"');
                    chunk = ++position;
                    continue;
                }
                break;
            }
            if (b == '\n') {
                line++;
            }
            position++;
        }
        add(0, 0, value.toString());
        if (position >= bytes.length) {
            return true;
        }
        byte b = bytes[position];
        if (b == ',') {
            position++;
            if (position >= bytes.length) {
                add(position, position, null);
                return true;
            }
            return false;
        }
        if (b == '\n' || b == '\r') {
            skipLineEnd();
            return true;
        }
        throw new BadInputException("line " + line + ": text after a closing quote");
    }

    private void add(int start, int end, String quotedText) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            quoted = Arrays.copyOf(quoted, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        quoted[count] = quotedText;
        count++;
    }

    private void skipLineEnd() {
        if (bytes[position] == '\r') {
            position++;
            if (position < bytes.length && bytes[position] == '\n') {
                position++;
            }
        } else {
            position++;
        }
        line++;
    }
}
