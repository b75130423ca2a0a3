package org.papergraph.extractor.wordclass;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Spherical k-means over unit vectors: each point goes to the centroid of highest cosine, each
 * centroid is the normalised mean of its points (Dhillon and Modha, 2001). Centroids start from
 * k-means++ seeding (Arthur and Vassilvitskii, 2007) with distance 1 − cosine, drawn from
 * {@link Random} with a fixed seed.
 *
 * <p>Deterministic: ties go to the lowest centroid index, sums run in point order, and a cluster
 * left empty is restarted at the point farthest from its centroid (lowest index on ties).
 * Assignment runs in parallel over points. Cost per iteration: points × k × dims multiply-adds.
 */
final class SphericalKMeans {

    private final double[] points;
    private final int dims;
    private final int n;
    private final int k;

    private SphericalKMeans(double[] points, int dims, int k) {
        this.points = points;
        this.dims = dims;
        this.n = points.length / dims;
        this.k = k;
    }

    /** The outcome: each point's cluster, and how many iterations ran. */
    record Result(int[] assignment, int iterations, boolean converged) {}

    /**
     * Clusters the rows of {@code points} (row-major, {@code dims} columns, unit length or zero)
     * into {@code k} clusters, stopping when no point moves or after {@code maxIterations}.
     *
     * @throws IllegalArgumentException if there are fewer points than clusters
     */
    static Result cluster(double[] points, int dims, int k, int maxIterations, long seed) {
        if (k < 1 || k > points.length / dims) {
            throw new IllegalArgumentException("cannot make " + k + " classes of " + points.length / dims + " words");
        }
        return new SphericalKMeans(points, dims, k).run(maxIterations, seed);
    }

    private Result run(int maxIterations, long seed) {
        double[] centroids = seedCentroids(new Random(seed));
        int[] assignment = new int[n];
        Arrays.fill(assignment, -1);
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            int[] next = assign(centroids);
            boolean moved = !Arrays.equals(next, assignment);
            assignment = next;
            if (!moved) {
                return new Result(assignment, iteration, true);
            }
            centroids = updateCentroids(assignment, centroids);
        }
        return new Result(assignment, maxIterations, false);
    }

    /** k-means++: each next centroid is a point drawn with probability ∝ its squared distance to the nearest one. */
    private double[] seedCentroids(Random random) {
        double[] centroids = new double[k * dims];
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int chosen = random.nextInt(n);
        for (int c = 0; c < k; c++) {
            System.arraycopy(points, chosen * dims, centroids, c * dims, dims);
            int centroid = c;
            IntStream.range(0, n).parallel().forEach(p -> {
                double d = 1 - dot(points, p, centroids, centroid);
                nearest[p] = Math.min(nearest[p], d * d);
            });
            chosen = draw(nearest, random);
        }
        return centroids;
    }

    private int draw(double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (total <= 0) {
            return random.nextInt(n);
        }
        double target = random.nextDouble() * total;
        double sum = 0;
        for (int p = 0; p < n; p++) {
            sum += weights[p];
            if (sum > target && weights[p] > 0) {
                return p;
            }
        }
        return lastPositive(weights);
    }

    private static int lastPositive(double[] weights) {
        int p = weights.length - 1;
        while (weights[p] <= 0) {
            p--;
        }
        return p;
    }

    private int[] assign(double[] centroids) {
        int[] assignment = new int[n];
        IntStream.range(0, n).parallel().forEach(p -> {
            int best = 0;
            double bestSimilarity = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double similarity = dot(points, p, centroids, c);
                if (similarity > bestSimilarity) {
                    best = c;
                    bestSimilarity = similarity;
                }
            }
            assignment[p] = best;
        });
        return assignment;
    }

    private double[] updateCentroids(int[] assignment, double[] previous) {
        double[] sums = new double[k * dims];
        int[] sizes = new int[k];
        for (int p = 0; p < n; p++) {
            int base = assignment[p] * dims;
            sizes[assignment[p]]++;
            for (int j = 0; j < dims; j++) {
                sums[base + j] += points[p * dims + j];
            }
        }
        restartEmptyClusters(sizes, assignment, previous, sums);
        RandomizedSvd.normalizeRows(sums, dims);
        return sums;
    }

    /** Moves the points farthest from their centroids, one per empty cluster, into those clusters. */
    private void restartEmptyClusters(int[] sizes, int[] assignment, double[] centroids, double[] sums) {
        double[] similarity = null;
        boolean[] moved = new boolean[n];
        for (int c = 0; c < k; c++) {
            if (sizes[c] > 0) {
                continue;
            }
            if (similarity == null) {
                double[] own = new double[n];
                IntStream.range(0, n).parallel().forEach(p -> own[p] = dot(points, p, centroids, assignment[p]));
                similarity = own;
            }
            int far = -1;
            for (int p = 0; p < n; p++) {
                if (!moved[p] && (far < 0 || similarity[p] < similarity[far])) {
                    far = p;
                }
            }
            moved[far] = true;
            assignment[far] = c;
            System.arraycopy(points, far * dims, sums, c * dims, dims);
        }
    }

    private double dot(double[] a, int row, double[] b, int bRow) {
        int i = row * dims;
        int j = bRow * dims;
        double sum = 0;
        for (int d = 0; d < dims; d++) {
            sum += a[i + d] * b[j + d];
        }
        return sum;
    }
}
