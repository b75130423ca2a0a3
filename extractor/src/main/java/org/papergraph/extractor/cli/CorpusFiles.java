package org.papergraph.extractor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.extractor.AtomicFile;
import org.papergraph.extractor.CorpusExtraction;
import org.papergraph.extractor.PaperAnnotation;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.RecordError;
import org.papergraph.extractor.json.AnnotationJson;
import org.papergraph.extractor.read.CorpusReader;
import org.papergraph.extractor.read.ReadResult;

/**
 * Reads corpora and writes extraction results: every output is written to a temporary file
 * beside its target and renamed into place, so a crash never leaves a half-written file.
 */
public final class CorpusFiles {

    private CorpusFiles() {}

    /** Records read from the inputs, and the errors met reading them. */
    public record Input(List<PaperRecord> records, List<RecordError> errors) {}

    /** Reads every record of the inputs, reporting each bad record to {@code err} as it is met. */
    public static Input read(List<Path> inputs, PrintStream err) {
        return read(inputs, err, Integer.MAX_VALUE);
    }

    /**
     * Reads records of the inputs until {@code limit} papers are read, reporting each bad record to
     * {@code err} as it is met; reading stops there, so a limit on a large corpus is cheap.
     */
    public static Input read(List<Path> inputs, PrintStream err, int limit) {
        List<PaperRecord> records = new ArrayList<>();
        List<RecordError> errors = new ArrayList<>();
        try (Stream<ReadResult> results = CorpusReader.open(inputs).results()) {
            Iterator<ReadResult> it = results.iterator();
            while (records.size() < limit && it.hasNext()) {
                switch (it.next()) {
                    case ReadResult.Accepted accepted -> records.add(accepted.paper());
                    case ReadResult.Rejected rejected -> {
                        errors.add(rejected.error());
                        err.println("error: " + rejected.error());
                    }
                }
            }
        }
        return new Input(records, errors);
    }

    /** Writes the extraction in one format into {@code dir}, returning the file written. */
    static Path write(CorpusExtraction extraction, OutputFormat format, Path dir) throws IOException {
        Path target = dir.resolve(format.fileName());
        AtomicFile.replace(target, out -> writeTo(extraction, format, out));
        return target;
    }

    private static void writeTo(CorpusExtraction extraction, OutputFormat format, OutputStream out) throws IOException {
        switch (format) {
            case JSONL -> {
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                for (PaperAnnotation paper : extraction.papers()) {
                    writer.write(AnnotationJson.toLine(paper));
                    writer.write('\n');
                }
                writer.flush();
            }
            case NQ -> {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
                stream.start();
                extraction.writeQuads(stream);
                stream.finish();
            }
            case TTL -> RDFDataMgr.write(out, extraction.toDatasetGraph().getUnionGraph(), format.rdfFormat());
            default -> {
                DatasetGraph dataset = extraction.toDatasetGraph();
                RDFDataMgr.write(out, dataset, format.rdfFormat());
            }
        }
    }
}
