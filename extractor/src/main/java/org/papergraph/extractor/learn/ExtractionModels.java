package org.papergraph.extractor.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.papergraph.extractor.AtomicFile;

/**
 * The trained models of the extractor, with the lexicon and decision thresholds they were tuned
 * with, written as one gzipped text file.
 *
 * @param entities candidate → NONE or a concept kind (with the first pass, from its features and the
 *     first pass's verdicts on the paper's candidates)
 * @param firstPass candidate → NONE or a concept kind, from the candidate's own features; null when
 *     the entity model decides in one pass
 * @param proposed kept concept → proposed or not
 * @param relations ordered concept pair → NONE or a predicate
 * @param claims abstract sentence → NONE, qualitative or quantitative (from its features and the
 *     claim first pass's verdicts on it and the sentences around it)
 * @param claimFirstPass abstract sentence → NONE, qualitative or quantitative, from the sentence's
 *     own features
 * @param values a number of a quantitative claim → whether it is the reported value
 * @param lexicon the form lexicon learned with them
 * @param tagger the mention tagger whose label probabilities the entity model reads, or null when it was trained without
 * @param thresholds the decision thresholds
 */
public record ExtractionModels(LinearModel entities, @Nullable LinearModel firstPass, LinearModel proposed, LinearModel relations, LinearModel claims,
        LinearModel claimFirstPass, LinearModel values, FormLexicon lexicon, @Nullable MentionTagger tagger, Thresholds thresholds) {

    /** The classpath resource holding the models the extractor ships with. */
    public static final String RESOURCE = "models/papergraph-models.txt.gz";

    private static final String MAGIC = "papergraph-models 5";

    /**
     * Probabilities a decision needs.
     *
     * @param entity keep a candidate when the probability that it is some concept reaches this
     * @param proposed mark a concept proposed when its probability reaches this
     * @param relation keep a relation when its probability reaches this
     * @param claim take a sentence as a claim when the probability that it is one reaches this
     * @param relationEnds how much the ends' own probabilities weigh on a relation: it is kept when
     *     its probability times (p(subject) · p(object)) to this power reaches {@code relation}, so
     *     that a relation between two doubtful concepts needs more evidence (0: not at all)
     */
    public record Thresholds(double entity, double proposed, double relation, double claim, double relationEnds) {

        /** The thresholds used unless a model file says otherwise. */
        public static final Thresholds DEFAULT = new Thresholds(0.5, 0.5, 0.5, 0.5, 0);

        /** The names {@link #with(String)} knows, in the order of the record's components. */
        public static final List<String> NAMES = List.of("entity", "proposed", "relation", "claim", "relation-ends");

        /**
         * Returns these thresholds with some changed, as a comma-separated list of
         * {@code name=value} pairs, such as {@code entity=0.45,relation=0.25}.
         *
         * @throws IllegalArgumentException naming the pair when a name is unknown, a value is not a
         *     number, or a probability threshold lies outside 0 to 1 (the ends' weight must not be negative)
         */
        public Thresholds with(String changes) {
            double[] t = values();
            for (String pair : changes.split(",")) {
                String[] nameValue = pair.trim().split("=", -1);
                int index = nameValue.length == 2 ? NAMES.indexOf(nameValue[0].trim()) : -1;
                if (index < 0) {
                    throw new IllegalArgumentException("'" + pair.trim() + "' is not NAME=VALUE with NAME one of " + NAMES);
                }
                double value;
                try {
                    value = Double.parseDouble(nameValue[1].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + pair.trim() + "': the value is not a number");
                }
                boolean probability = index < 4;
                if (!(value >= 0) || (probability && value > 1) || Double.isInfinite(value)) {
                    throw new IllegalArgumentException("'" + pair.trim() + "': " + nameValue[0].trim()
                            + (probability ? " must lie between 0 and 1" : " must be 0 or more"));
                }
                t[index] = value;
            }
            return new Thresholds(t[0], t[1], t[2], t[3], t[4]);
        }

        /** Returns the thresholds as {@code name=value} pairs, as {@link #with(String)} reads them. */
        @Override
        public String toString() {
            double[] t = values();
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < t.length; i++) {
                s.append(i == 0 ? "" : ",").append(NAMES.get(i)).append('=').append(t[i]);
            }
            return s.toString();
        }

        /** The thresholds in the order of {@link #NAMES}. */
        private double[] values() {
            return new double[] {entity, proposed, relation, claim, relationEnds};
        }
    }

    /** Returns the models the extractor ships with, or null when the classpath has none. */
    public static @Nullable ExtractionModels shipped() {
        try (InputStream in = ExtractionModels.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped models " + RESOURCE, e);
        }
    }

    /**
     * Reads models from a file written by {@link #write(Path)}.
     *
     * @throws IOException naming the file when it cannot be read or is not a models file
     */
    public static ExtractionModels read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static ExtractionModels read(InputStream raw) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
        expect(in, MAGIC);
        String[] t = expectPrefix(in, "thresholds\t").split("\t");
        if (t.length != 6) {
            throw new IOException("not a PaperGraph models file: expected 5 thresholds, got " + (t.length - 1));
        }
        Thresholds thresholds;
        try {
            thresholds = new Thresholds(Double.parseDouble(t[1]), Double.parseDouble(t[2]), Double.parseDouble(t[3]),
                    Double.parseDouble(t[4]), Double.parseDouble(t[5]));
        } catch (NumberFormatException e) {
            throw new IOException("not a PaperGraph models file: a threshold is not a number: " + e.getMessage(), e);
        }
        expect(in, "lexicon");
        FormLexicon lexicon = FormLexicon.read(in);
        expect(in, "entities");
        LinearModel entities = LinearModel.read(in);
        LinearModel firstPass = null;
        if (!expectPrefix(in, "first pass").equals("first pass\tnone")) {
            firstPass = LinearModel.read(in);
        }
        expect(in, "proposed");
        LinearModel proposed = LinearModel.read(in);
        expect(in, "relations");
        LinearModel relations = LinearModel.read(in);
        expect(in, "claims");
        LinearModel claims = LinearModel.read(in);
        expect(in, "claims first pass");
        LinearModel claimFirstPass = LinearModel.read(in);
        expect(in, "values");
        LinearModel values = LinearModel.read(in);
        String tagger = expectPrefix(in, "tagger");
        MentionTagger mentionTagger = null;
        if (!tagger.equals("tagger\tnone")) {
            String encoded = in.readLine();
            if (encoded == null) {
                throw new IOException("not a PaperGraph models file: the tagger is cut short");
            }
            try {
                mentionTagger = MentionTagger.fromBytes(java.util.Base64.getDecoder().decode(encoded));
            } catch (IllegalArgumentException e) {
                throw new IOException("not a PaperGraph models file: " + e.getMessage(), e);
            }
        }
        return new ExtractionModels(entities, firstPass, proposed, relations, claims, claimFirstPass, values, lexicon, mentionTagger,
                thresholds);
    }

    private static void expect(BufferedReader in, String line) throws IOException {
        String got = in.readLine();
        if (!line.equals(got)) {
            throw new IOException("not a PaperGraph models file: expected '" + line + "', got '" + got + "'");
        }
    }

    private static String expectPrefix(BufferedReader in, String prefix) throws IOException {
        String got = in.readLine();
        if (got == null || !got.startsWith(prefix)) {
            throw new IOException("not a PaperGraph models file: expected '" + prefix.trim() + "', got '" + got + "'");
        }
        return got;
    }

    /**
     * Writes the models to a file, through a temporary file renamed into place; the same models
     * give the same bytes.
     *
     * @throws IOException if writing fails
     */
    public void write(Path file) throws IOException {
        AtomicFile.replace(file, out -> {
            GZIPOutputStream gzip = new GZIPOutputStream(out);
            Writer w = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
            write(w);
            w.flush();
            gzip.finish();
        });
    }

    private void write(Writer w) throws IOException {
        w.write(MAGIC + "\n");
        w.write(String.format(Locale.ROOT, "thresholds\t%s\t%s\t%s\t%s\t%s%n", thresholds.entity(), thresholds.proposed(),
                thresholds.relation(), thresholds.claim(), thresholds.relationEnds()));
        w.write("lexicon\n");
        lexicon.write(w);
        w.write("entities\n");
        entities.write(w);
        if (firstPass == null) {
            w.write("first pass\tnone\n");
        } else {
            w.write("first pass\n");
            firstPass.write(w);
        }
        w.write("proposed\n");
        proposed.write(w);
        w.write("relations\n");
        relations.write(w);
        w.write("claims\n");
        claims.write(w);
        w.write("claims first pass\n");
        claimFirstPass.write(w);
        w.write("values\n");
        values.write(w);
        if (tagger == null) {
            w.write("tagger\tnone\n");
        } else {
            w.write("tagger\tcrf base64\n");
            w.write(java.util.Base64.getEncoder().encodeToString(tagger.toBytes()));
            w.write("\n");
        }
    }

    /** Returns these models with other thresholds. */
    public ExtractionModels with(Thresholds other) {
        return new ExtractionModels(entities, firstPass, proposed, relations, claims, claimFirstPass, values, lexicon, tagger, other);
    }
}
