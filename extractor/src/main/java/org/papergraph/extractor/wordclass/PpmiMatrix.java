package org.papergraph.extractor.wordclass;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A sparse word × context matrix of positive pointwise mutual information, stored by rows (CSR)
 * and by columns, with the two products a randomized SVD needs.
 *
 * <p>Rows are the words with ids {@code 0..rows-1}, columns the context words with ids
 * {@code 0..columns-1} (ids are frequency ranks, so these are the most frequent words). A context
 * is any word within {@code window} positions of the word, on either side, in the same sequence.
 * PPMI(w, c) = max(0, log(n(w,c) · Σ n^α / (n(w) · n(c)^α))) with the context counts smoothed by
 * α = 0.75, which keeps rare contexts from dominating (Levy, Goldberg and Dagan, 2015).
 *
 * <p>Products run in parallel over rows; each output element is summed in a fixed order, and
 * logarithms come from {@link StrictMath}, so results are bit-for-bit the same on every run and
 * every JVM. Immutable and thread-safe.
 */
final class PpmiMatrix {

    /** The exponent that smooths the context distribution. */
    static final double CONTEXT_SMOOTHING = 0.75;

    private final int rows;
    private final int columns;
    private final int[] rowStart;
    private final int[] rowColumn;
    private final double[] rowValue;
    private final int[] columnStart;
    private final int[] columnRow;
    private final double[] columnValue;

    private PpmiMatrix(int rows, int columns, int[] rowStart, int[] rowColumn, double[] rowValue) {
        this.rows = rows;
        this.columns = columns;
        this.rowStart = rowStart;
        this.rowColumn = rowColumn;
        this.rowValue = rowValue;
        this.columnStart = new int[columns + 1];
        this.columnRow = new int[rowColumn.length];
        this.columnValue = new double[rowColumn.length];
        transpose();
    }

    /**
     * Counts the contexts of {@code rows} words among {@code columns} context words in the
     * sequences and turns the counts into PPMI.
     */
    static PpmiMatrix build(List<int[]> sequences, int rows, int columns, int window) {
        int[] counts = countContexts(sequences, rows, columns, window);
        long[] rowTotals = new long[rows];
        long[] columnTotals = new long[columns];
        int nonZero = 0;
        for (int w = 0; w < rows; w++) {
            for (int c = 0; c < columns; c++) {
                int n = counts[w * columns + c];
                rowTotals[w] += n;
                columnTotals[c] += n;
            }
        }
        double[] logContext = smoothedLogProbabilities(columnTotals);
        int[] rowStart = new int[rows + 1];
        for (int w = 0; w < rows; w++) {
            for (int c = 0; c < columns; c++) {
                if (ppmi(counts[w * columns + c], rowTotals[w], logContext[c]) > 0) {
                    nonZero++;
                }
            }
            rowStart[w + 1] = nonZero;
        }
        int[] rowColumn = new int[nonZero];
        double[] rowValue = new double[nonZero];
        int k = 0;
        for (int w = 0; w < rows; w++) {
            for (int c = 0; c < columns; c++) {
                double value = ppmi(counts[w * columns + c], rowTotals[w], logContext[c]);
                if (value > 0) {
                    rowColumn[k] = c;
                    rowValue[k++] = value;
                }
            }
        }
        return new PpmiMatrix(rows, columns, rowStart, rowColumn, rowValue);
    }

    private static int[] countContexts(List<int[]> sequences, int rows, int columns, int window) {
        int[] counts = new int[Math.multiplyExact(rows, columns)];
        for (int[] s : sequences) {
            for (int i = 0; i < s.length; i++) {
                if (s[i] >= rows) {
                    continue;
                }
                int base = s[i] * columns;
                for (int j = Math.max(0, i - window); j <= Math.min(s.length - 1, i + window); j++) {
                    if (j != i && s[j] < columns) {
                        counts[base + s[j]]++;
                    }
                }
            }
        }
        return counts;
    }

    private static double[] smoothedLogProbabilities(long[] totals) {
        double sum = 0;
        for (long t : totals) {
            sum += StrictMath.pow(t, CONTEXT_SMOOTHING);
        }
        double[] logs = new double[totals.length];
        for (int c = 0; c < totals.length; c++) {
            logs[c] = CONTEXT_SMOOTHING * StrictMath.log(totals[c]) - StrictMath.log(sum);
        }
        return logs;
    }

    private static double ppmi(int count, long rowTotal, double logContextProbability) {
        if (count == 0) {
            return 0;
        }
        double pmi = StrictMath.log(count) - StrictMath.log(rowTotal) - logContextProbability;
        return Math.max(0, pmi);
    }

    private void transpose() {
        for (int c : rowColumn) {
            columnStart[c + 1]++;
        }
        for (int c = 0; c < columns; c++) {
            columnStart[c + 1] += columnStart[c];
        }
        int[] next = columnStart.clone();
        for (int w = 0; w < rows; w++) {
            for (int k = rowStart[w]; k < rowStart[w + 1]; k++) {
                int slot = next[rowColumn[k]]++;
                columnRow[slot] = w;
                columnValue[slot] = rowValue[k];
            }
        }
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    /** Returns the number of positive entries. */
    int nonZeros() {
        return rowValue.length;
    }

    /** Returns this × {@code x}, where {@code x} is a row-major columns × width matrix. */
    double[] times(double[] x, int width) {
        double[] y = new double[rows * width];
        IntStream.range(0, rows).parallel().forEach(w -> accumulate(rowStart, rowColumn, rowValue, w, x, width, y));
        return y;
    }

    /** Returns thisᵀ × {@code x}, where {@code x} is a row-major rows × width matrix. */
    double[] transposeTimes(double[] x, int width) {
        double[] y = new double[columns * width];
        IntStream.range(0, columns).parallel().forEach(c -> accumulate(columnStart, columnRow, columnValue, c, x, width, y));
        return y;
    }

    private static void accumulate(int[] start, int[] index, double[] value, int line, double[] x, int width, double[] y) {
        int out = line * width;
        for (int k = start[line]; k < start[line + 1]; k++) {
            double v = value[k];
            int in = index[k] * width;
            for (int j = 0; j < width; j++) {
                y[out + j] += v * x[in + j];
            }
        }
    }
}
