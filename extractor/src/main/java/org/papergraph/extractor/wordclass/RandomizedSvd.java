package org.papergraph.extractor.wordclass;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Word vectors from a truncated SVD of a PPMI matrix, computed by randomized range finding with
 * power iterations (Halko, Martinsson and Tropp, 2011, algorithms 4.4 and 5.1): the rows of
 * U<sub>k</sub>·Σ<sub>k</sub><sup>1/2</sup>, L2-normalised. Weighting by the square root of the
 * singular values works better for word similarity than the plain U·Σ (Levy, Goldberg and Dagan,
 * 2015).
 *
 * <p>The random test matrix comes from {@link Random} with the given seed, whose sequence Java
 * fixes, so the same matrix and seed give the same vectors. Cost: about 2(q+1) sparse products
 * with a (k+10)-column dense matrix, plus QR decompositions of rows × (k+10) matrices.
 */
final class RandomizedSvd {

    /** Columns of the random test matrix beyond the dimensions asked for. */
    static final int OVERSAMPLING = 10;
    private static final int POWER_ITERATIONS = 3;

    private RandomizedSvd() {}

    /**
     * Returns the unit-length vectors of the matrix's rows in {@code dims} dimensions, row-major
     * (rows × dims); a row with no positive entry stays all zero.
     *
     * @throws IllegalArgumentException if {@code dims} is not below the matrix's smaller side
     */
    static double[] unitRowVectors(PpmiMatrix m, int dims, long seed) {
        int width = dims + OVERSAMPLING;
        if (dims < 1 || width > Math.min(m.rows(), m.columns())) {
            throw new IllegalArgumentException("--dims " + dims + " needs at least " + width
                    + " words and context words; there are " + m.rows() + " words and " + m.columns() + " context words");
        }
        double[] range = orthonormalColumns(m.times(gaussian(m.columns(), width, seed), width), m.rows(), width);
        for (int i = 0; i < POWER_ITERATIONS; i++) {
            double[] back = orthonormalColumns(m.transposeTimes(range, width), m.columns(), width);
            range = orthonormalColumns(m.times(back, width), m.rows(), width);
        }
        // B = Qᵀ·M, built as (Mᵀ·Q)ᵀ: width × columns.
        DMatrixRMaj b = CommonOps_DDRM.transpose(DMatrixRMaj.wrap(m.columns(), width, m.transposeTimes(range, width)), null);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(width, m.columns(), true, false, true);
        if (!svd.decompose(b)) {
            throw new IllegalStateException("SVD of the projected matrix did not converge");
        }
        double[] vectors = weightedLeftVectors(DMatrixRMaj.wrap(m.rows(), width, range), svd, dims);
        normalizeRows(vectors, dims);
        return vectors;
    }

    private static double[] gaussian(int rows, int columns, long seed) {
        Random random = new Random(seed);
        double[] data = new double[rows * columns];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextGaussian();
        }
        return data;
    }

    private static double[] orthonormalColumns(double[] data, int rows, int columns) {
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(rows, columns);
        if (!qr.decompose(DMatrixRMaj.wrap(rows, columns, data))) {
            throw new IllegalStateException("QR decomposition failed");
        }
        return qr.getQ(null, true).data;
    }

    /** Returns (Q·U<sub>B</sub>)·Σ<sup>1/2</sup> restricted to the {@code dims} largest singular values. */
    private static double[] weightedLeftVectors(DMatrixRMaj q, SingularValueDecomposition_F64<DMatrixRMaj> svd, int dims) {
        double[] sigma = svd.getSingularValues();
        DMatrixRMaj ub = svd.getU(null, false);
        Integer[] order = new Integer[svd.numberOfSingularValues()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -sigma[i]).thenComparingInt(i -> i));
        DMatrixRMaj top = new DMatrixRMaj(ub.numRows, dims);
        for (int j = 0; j < dims; j++) {
            double weight = Math.sqrt(sigma[order[j]]);
            for (int i = 0; i < ub.numRows; i++) {
                top.set(i, j, ub.get(i, order[j]) * weight);
            }
        }
        DMatrixRMaj vectors = new DMatrixRMaj(q.numRows, dims);
        CommonOps_DDRM.mult(q, top, vectors);
        return vectors.data;
    }

    static void normalizeRows(double[] vectors, int dims) {
        for (int start = 0; start < vectors.length; start += dims) {
            double norm = 0;
            for (int j = 0; j < dims; j++) {
                norm += vectors[start + j] * vectors[start + j];
            }
            if (norm > 0) {
                double scale = 1 / Math.sqrt(norm);
                for (int j = 0; j < dims; j++) {
                    vectors[start + j] *= scale;
                }
            }
        }
    }
}
