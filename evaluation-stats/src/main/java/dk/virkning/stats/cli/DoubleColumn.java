package dk.virkning.stats.cli;

import java.util.Arrays;

/** A growable array of doubles, for collecting a group's column without boxing. */
final class DoubleColumn {

    private double[] values = new double[16];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
