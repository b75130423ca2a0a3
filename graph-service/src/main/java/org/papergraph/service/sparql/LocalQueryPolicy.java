package org.papergraph.service.sparql;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.papergraph.service.system.ApiException;

/**
 * Keeps SPARQL queries on the store: a query with a {@code SERVICE} clause anywhere (top level,
 * {@code OPTIONAL}, sub-select, {@code EXISTS}) is refused before it runs, and Jena's own switch
 * ({@link ARQ#httpServiceAllowed}) is off in every execution on the embedded store, so {@code SERVICE} could not
 * reach the network even if a query slipped past the first check. {@code FROM} and
 * {@code default-graph-uri} never fetch anything here: the stores pick those graphs out of their
 * dataset ({@code DynamicDatasets}), and an unknown name is an empty graph.
 */
final class LocalQueryPolicy {

    private LocalQueryPolicy() {}

    /**
     * Refuses a query that calls another endpoint.
     *
     * @throws ApiException 403 naming the {@code SERVICE} endpoint
     */
    static void requireLocal(Query query) {
        Op op = Algebra.compile(query);
        ServiceFinder finder = new ServiceFinder();
        Walker.walk(op, finder, new ExprVisitorBase());
        if (finder.endpoint != null) {
            throw ApiException.forbidden("SERVICE is refused: queries run on this store only and may not call "
                    + "another endpoint (" + finder.endpoint + ")");
        }
    }

    private static final class ServiceFinder extends OpVisitorBase {
        private String endpoint;

        @Override
        public void visit(OpService op) {
            if (endpoint == null) {
                endpoint = String.valueOf(op.getService());
            }
        }
    }
}
