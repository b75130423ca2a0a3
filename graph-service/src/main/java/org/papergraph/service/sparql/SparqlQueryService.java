package org.papergraph.service.sparql;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.update.UpdateFactory;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.system.ApiException;
import org.springframework.stereotype.Service;

/**
 * Answers SPARQL queries on the store: parses with ARQ, decides the dataset as Fuseki's
 * {@code SPARQL_QueryDataset} does (the protocol's graphs win over the query's {@code FROM}),
 * runs with a timeout, and writes the answer with Jena's writers into memory, so that a timeout
 * is always answered with an error status rather than a cut-off body.
 */
@Service
public class SparqlQueryService {

    private final SparqlStore store;
    private final Duration limit;

    SparqlQueryService(SparqlStore store, SparqlProperties properties) {
        this.store = store;
        this.limit = properties.timeout();
    }

    /**
     * An answer.
     *
     * @param format its format
     * @param body its bytes
     */
    record Answer(ResultFormat format, byte[] body) {}

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
        Query q = query;
        byte[] body = run(q, dataset, timeout(request.timeout()), execution -> write(q, execution, format));
        return new Answer(format, body);
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

    private static byte[] write(Query query, QueryExecution execution, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        if (query.isSelectType()) {
            ResultsWriter.create().lang(format.lang()).build().write(out, execution.execSelect());
        } else if (query.isAskType()) {
            ResultsWriter.create().lang(format.lang()).build().write(out, execution.execAsk());
        } else if (query.isConstructType()) {
            RDFDataMgr.write(out, execution.execConstruct(), format.lang());
        } else {
            RDFDataMgr.write(out, execution.execDescribe(), format.lang());
        }
        return out.toByteArray();
    }
}
