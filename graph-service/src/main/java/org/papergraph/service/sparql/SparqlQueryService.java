package org.papergraph.service.sparql;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.update.UpdateFactory;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.system.ApiException;
import org.springframework.stereotype.Service;

/**
 * Answers SPARQL queries on the store: parses with ARQ, decides the dataset as Fuseki's
 * {@code SPARQL_QueryDataset} does (the protocol's graphs win over the query's {@code FROM}),
 * runs with a timeout, and writes the answer with Jena's writers into memory, so that a timeout
 * is always answered with an error status rather than a cut-off body. The memory is bounded: an
 * answer stops at {@code papergraph.sparql.max-rows} rows (or triples), and one that grows past
 * {@code max-bytes} all the same is refused; a SELECT without a lower {@code LIMIT} runs with
 * one just above the row cap, so that {@code ORDER BY} keeps only the top rows.
 */
@Service
public class SparqlQueryService {

    private final SparqlStore store;
    private final Duration limit;
    private final int maxRows;
    private final long maxBytes;

    SparqlQueryService(SparqlStore store, SparqlProperties properties) {
        this.store = store;
        this.limit = properties.timeout();
        this.maxRows = properties.maxRows();
        this.maxBytes = properties.maxBytes().toBytes();
    }

    /**
     * An answer.
     *
     * @param format its format
     * @param body its bytes
     * @param truncated whether rows (or triples) were cut at the row cap
     */
    record Answer(ResultFormat format, byte[] body, boolean truncated) {}

    /** Returns the store queries run on. */
    public SparqlStore store() {
        return store;
    }

    /** Returns the configured timeout, which a request may shorten but not extend. */
    public Duration timeout(@Nullable Duration requested) {
        return requested == null || requested.compareTo(limit) > 0 ? limit : requested;
    }

    Answer answer(SparqlRequest request) {
        Query query = parse(request.query());
        ResultFormat format = ResultFormat.choose(query, request.format(), request.accept());
        DatasetDescription dataset = request.protocolDataset();
        if (dataset == null && query.hasDatasetDescription()) {
            dataset = query.getDatasetDescription();
        }
        if (dataset != null && query.hasDatasetDescription()) {
            query = query.cloneQuery();
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
        }
        Query q = capped(query);
        return run(q, dataset, timeout(request.timeout()), execution -> write(q, execution, format));
    }

    /**
     * Runs a query on the store and hands its execution to {@code use}.
     *
     * @throws ApiException 403 for a query that calls another endpoint ({@code SERVICE}), 504 when
     *     the query runs out of time
     */
    public <T> T run(Query query, @Nullable DatasetDescription dataset, Duration timeout,
            java.util.function.Function<QueryExecution, T> use) {
        LocalQueryPolicy.requireLocal(query);
        try {
            return store.query(query, dataset, timeout, use);
        } catch (QueryDeniedException e) {
            throw ApiException.forbidden("the query was refused: " + e.getMessage());
        } catch (QueryCancelledException e) {
            throw ApiException.timeout("the query ran longer than the limit of " + timeout.toMillis()
                    + " ms and was stopped");
        }
    }

    /**
     * Parses a query with ARQ's syntax (SPARQL 1.1 and Jena's extensions, as Fuseki does).
     *
     * @throws SparqlProtocolException 400 with the parser's message, or 403 for an update
     */
    static Query parse(String text) {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw SparqlRequest.refuseUpdate();
            }
            throw SparqlProtocolException.badRequest("the query does not parse: " + e.getMessage());
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Gives a SELECT one row more than the cap as its LIMIT, unless it has a lower one. */
    private Query capped(Query query) {
        if (!query.isSelectType() || (query.hasLimit() && query.getLimit() <= maxRows)) {
            return query;
        }
        Query capped = query.cloneQuery();
        capped.setLimit(maxRows + 1L);
        return capped;
    }

    private Answer write(Query query, QueryExecution execution, ResultFormat format) {
        CappedOutputStream out = new CappedOutputStream(maxBytes);
        boolean truncated = false;
        if (query.isSelectType()) {
            RowSet rows = RowSet.adapt(execution.execSelect());
            List<Binding> first = new ArrayList<>();
            while (first.size() < maxRows && rows.hasNext()) {
                first.add(rows.next());
            }
            truncated = rows.hasNext();
            ResultsWriter.create().lang(format.lang()).build()
                    .write(out, ResultSet.adapt(RowSetStream.create(rows.getResultVars(), first.iterator())));
        } else if (query.isAskType()) {
            ResultsWriter.create().lang(format.lang()).build().write(out, execution.execAsk());
        } else {
            Iterator<Triple> triples = query.isConstructType()
                    ? execution.execConstructTriples() : execution.execDescribeTriples();
            Graph graph = GraphFactory.createDefaultGraph();
            graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            while (graph.size() < maxRows && triples.hasNext()) {
                graph.add(triples.next());
            }
            truncated = triples.hasNext();
            RDFDataMgr.write(out, graph, format.lang());
        }
        return new Answer(format, out.toByteArray(), truncated);
    }

    /** An in-memory answer that refuses to grow past the byte cap. */
    private static final class CappedOutputStream extends ByteArrayOutputStream {

        private final long cap;

        CappedOutputStream(long cap) {
            super(8192);
            this.cap = cap;
        }

        @Override
        public synchronized void write(int b) {
            check(1);
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            check(len);
            super.write(b, off, len);
        }

        private void check(int more) {
            if ((long) count + more > cap) {
                throw SparqlProtocolException.badRequest("the answer is larger than the limit of " + cap
                        + " bytes (papergraph.sparql.max-bytes); select fewer rows or columns");
            }
        }
    }
}
