package org.papergraph.service.cypher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.papergraph.service.cypher.CypherController.CypherResult;
import org.papergraph.service.system.ApiException;
import org.papergraph.service.system.PaperGraphProperties;
import org.springframework.stereotype.Service;

/**
 * Runs user Cypher read-only. Three guards: {@code EXPLAIN} first, refusing any query whose plan
 * is not {@link QueryType#READ_ONLY} with a message that says so, and any plan that would read a
 * file, fetch a URL or call a procedure other than a schema look-up ({@link ExternalAccessPolicy});
 * then the query itself runs in a READ access-mode session in {@code executeRead}, which the server
 * enforces too.
 */
@Service
class ReadOnlyCypher {

    private final Driver driver;
    private final TransactionConfig config;
    private final int maxRows;

    ReadOnlyCypher(Driver driver, PaperGraphProperties properties) {
        this.driver = driver;
        this.config = TransactionConfig.builder().withTimeout(properties.cypher().timeout()).build();
        this.maxRows = properties.cypher().maxRows();
    }

    CypherResult run(String query, Map<String, Object> params) {
        if (query == null || query.isBlank()) {
            throw ApiException.badRequest("the body needs a 'query'");
        }
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            ResultSummary plan = session.executeRead(tx -> tx.run("EXPLAIN " + query, params).consume(), config);
            if (plan.queryType() != QueryType.READ_ONLY) {
                throw ApiException.forbidden("this endpoint is read-only, and the query would write ("
                        + plan.queryType() + "); use a Neo4j client over Bolt to change the graph");
            }
            // No plan to inspect, no run: the checks must see what the query would do.
            ExternalAccessPolicy.refusal(plan.queryPlan()).ifPresent(reason -> {
                throw ApiException.forbidden(reason);
            });
            return session.executeRead(tx -> collect(tx.run(query, params)), config);
        } catch (TransactionTerminatedException e) {
            throw ApiException.timeout("the query ran longer than the limit: " + e.getMessage());
        } catch (ClientException e) {
            throw refusal(e);
        }
    }

    private CypherResult collect(Result result) {
        List<String> columns = result.keys();
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        while (result.hasNext() && rows.size() < maxRows) {
            Record record = result.next();
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            for (String column : columns) {
                row.put(column, CypherValues.toJava(record.get(column)));
            }
            rows.add(row);
        }
        boolean truncated = result.hasNext();
        result.consume();
        return new CypherResult(columns, rows, truncated);
    }

    private static ApiException refusal(ClientException e) {
        String code = String.valueOf(e.code());
        if (code.contains("AccessMode") || code.contains("Forbidden")) {
            return ApiException.forbidden("this endpoint is read-only: " + e.getMessage());
        }
        // Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration, among others.
        if (code.contains("Timeout") || code.contains("TimedOut") || code.contains("Terminated")) {
            return ApiException.timeout("the query ran longer than the limit: " + e.getMessage());
        }
        return ApiException.badRequest("Neo4j refused the query: " + e.getMessage());
    }
}
