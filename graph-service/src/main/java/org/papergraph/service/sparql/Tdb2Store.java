package org.papergraph.service.sparql;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.jspecify.annotations.Nullable;

/**
 * The embedded TDB2 dataset: one named graph per paper plus the ontology's. Queries see the
 * union of the named graphs as their default graph ({@link TDB2#symUnionDefaultGraph}) unless the
 * request names its own dataset. TDB2 allows one writer and many readers at once; a reader sees
 * the last committed state. {@code FROM}, {@code FROM NAMED} and the protocol's graph names only
 * pick graphs of this dataset (an unknown name is an empty graph), never fetch anything, and
 * {@code SERVICE} is off in every execution ({@link ARQ#httpServiceAllowed}).
 */
public final class Tdb2Store implements SparqlStore, AutoCloseable {

    private final Path directory;
    private final DatasetGraph dataset;

    /** Opens (or creates) the dataset in {@code directory}. */
    public Tdb2Store(Path directory) {
        this.directory = directory;
        this.dataset = DatabaseMgr.connectDatasetGraph(directory.toString());
    }

    /** Returns the dataset, for the loader's writes. */
    DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public String describe() {
        return "TDB2 at " + directory;
    }

    @Override
    public <T> T query(Query query, @Nullable DatasetDescription description, Duration timeout,
            Function<QueryExecution, T> use) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.create().query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .set(ARQ.httpServiceAllowed, false);
            DatasetDescription named = description != null ? description : query.getDatasetDescription();
            if (named == null) {
                builder.dataset(DatasetFactory.wrap(dataset)).set(TDB2.symUnionDefaultGraph, true);
            } else {
                builder.dataset(DatasetFactory.wrap(DynamicDatasets.dynamicDataset(named, dataset, false)));
            }
            try (QueryExecution execution = builder.build()) {
                return use.apply(execution);
            }
        });
    }

    @Override
    public void close() {
        TDBInternal.expel(dataset);
    }
}
