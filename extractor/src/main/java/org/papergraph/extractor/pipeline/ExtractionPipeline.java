package org.papergraph.extractor.pipeline;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Builds the CoreNLP pipeline PaperGraph extracts with, from the classpath resource
 * {@code org/papergraph/extractor/extractor.properties}.
 *
 * <p>A pipeline takes seconds to build (the tagger model loads) and is not meant to be shared
 * between threads that annotate at the same time: build one per worker thread, once, and reuse it.
 */
public final class ExtractionPipeline {

    /** The classpath resource holding the pipeline's properties. */
    public static final String PROPERTIES = "org/papergraph/extractor/extractor.properties";

    private ExtractionPipeline() {}

    /**
     * Returns the pipeline's properties, a fresh copy each call.
     *
     * @throws IllegalStateException if the resource is missing from the classpath
     */
    public static Properties properties() {
        Properties props = new Properties();
        try (InputStream in = ExtractionPipeline.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + PROPERTIES);
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PROPERTIES, e);
        }
        return props;
    }

    /** Builds a pipeline with the default properties. */
    public static StanfordCoreNLP create() {
        return create(properties());
    }

    /** Builds a pipeline with the given properties (see {@link #properties()} for the defaults). */
    public static StanfordCoreNLP create(Properties props) {
        return new StanfordCoreNLP(props, false);
    }
}
