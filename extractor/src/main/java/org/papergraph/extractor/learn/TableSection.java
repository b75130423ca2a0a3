package org.papergraph.extractor.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one section of the models file: tab-separated rows of a key and a fixed number of
 * values, up to a line {@code end}. The lexicon and every model table are written this way.
 */
final class TableSection {

    private TableSection() {}

    /**
     * Returns the section's rows, each split into its key and values.
     *
     * @param columns the number of columns of a row, key included
     * @param what what the section holds ("lexicon", "model"), for the error messages
     * @throws IOException if the input ends before the end line or a row has another number of columns
     */
    static List<String[]> rows(BufferedReader in, int columns, String what) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line = in.readLine(); ; line = in.readLine()) {
            if (line == null) {
                throw new IOException(what + " ends without its end line");
            }
            if (line.equals("end")) {
                return rows;
            }
            String[] cols = line.split("\t");
            if (cols.length != columns) {
                throw new IOException("bad " + what + " line: " + line);
            }
            rows.add(cols);
        }
    }
}
