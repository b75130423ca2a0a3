package org.papergraph.service.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.papergraph.queries.NamedQueries;
import org.papergraph.queries.NamedQuery;
import org.papergraph.queries.QueryLanguage;
import org.papergraph.service.sparql.SparqlQueryService;
import org.papergraph.service.system.ApiException;
import org.papergraph.service.system.HeavyQueries;
import org.springframework.stereotype.Service;

/**
 * Runs the named queries of the catalogue: Cypher in a READ session on Neo4j, SPARQL on the
 * SPARQL store with each parameter's variable replaced by its value (Jena's
 * {@link QueryTransformOps#replaceVars}). Both run under the SPARQL timeout and stop at a row limit.
 */
@Service
public class NamedQueryRunner {

    private final NamedQueries catalogue = NamedQueries.load();
    private final Driver driver;
    private final SparqlQueryService sparql;
    private final Duration timeout;
    private final HeavyQueries heavy;

    NamedQueryRunner(Driver driver, SparqlQueryService sparql, HeavyQueries heavy) {
        this.driver = driver;
        this.sparql = sparql;
        this.heavy = heavy;
        this.timeout = sparql.timeout(null);
    }

    /** Returns the catalogue. */
    public NamedQueries catalogue() {
        return catalogue;
    }

    /**
     * Runs a named query.
     *
     * @param language the language to run; null for the query's preferred one (SPARQL where it has it)
     * @param params parameter values as text, by name; defaults fill the others
     * @param limit the most rows to return
     * @throws ApiException 404 for an unknown name or language, 400 for bad parameters, 504 on timeout
     */
    public NamedQueryResult run(String name, @Nullable QueryLanguage language, Map<String, @Nullable String> params,
            int limit) {
        NamedQuery query = find(name, language);
        Map<String, Object> values;
        try {
            values = query.bind(params);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        int max = Math.max(1, limit);
        return query.language() == QueryLanguage.CYPHER
                ? heavy.run(HeavyQueries.Kind.CYPHER, () -> cypher(query, values, max))
                : heavy.run(HeavyQueries.Kind.SPARQL, () -> sparql(query, values, max));
    }

    private NamedQuery find(String name, @Nullable QueryLanguage language) {
        if (catalogue.languages(name).isEmpty()) {
            throw ApiException.notFound("no named query '" + name + "'; GET /api/queries lists them");
        }
        if (language == null) {
            return catalogue.preferred(name);
        }
        return catalogue.find(name, language).orElseThrow(() -> ApiException.notFound("query '" + name
                + "' is not written in " + language.label() + "; it is in " + catalogue.languages(name).stream()
                        .map(QueryLanguage::label).toList()));
    }

    private NamedQueryResult cypher(NamedQuery query, Map<String, Object> values, int limit) {
        Map<String, Object> params = new HashMap<>();
        values.forEach((k, v) -> params.put(k, v instanceof BigDecimal d ? d.doubleValue() : v));
        TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> collect(query, values, tx.run(query.text(), params), limit), config);
        } catch (TransactionTerminatedException e) {
            throw ApiException.timeout("the query ran longer than the limit: " + e.getMessage());
        } catch (ClientException e) {
            if (String.valueOf(e.code()).contains("Timeout") || String.valueOf(e.code()).contains("Terminated")) {
                throw ApiException.timeout("the query ran longer than the limit: " + e.getMessage());
            }
            throw e;
        }
    }

    private static NamedQueryResult collect(NamedQuery query, Map<String, Object> values, Result result, int limit) {
        List<String> columns = result.keys();
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        while (result.hasNext() && rows.size() < limit) {
            Record record = result.next();
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            for (String column : columns) {
                Value value = record.get(column);
                row.put(column, value.isNull() ? null : value.asObject());
            }
            rows.add(row);
        }
        boolean truncated = result.hasNext();
        result.consume();
        return new NamedQueryResult(query.name(), query.language().label(), values, columns, rows, truncated);
    }

    private NamedQueryResult sparql(NamedQuery named, Map<String, Object> values, int limit) {
        Map<Var, Node> bindings = new HashMap<>();
        values.forEach((name, value) -> bindings.put(Var.alloc(name), node(value)));
        Query query = QueryTransformOps.replaceVars(QueryFactory.create(named.text()), bindings);
        return sparql.run(query, null, timeout, execution -> {
            ResultSet results = execution.execSelect();
            List<String> columns = results.getResultVars();
            List<Map<String, @Nullable Object>> rows = new ArrayList<>();
            while (results.hasNext() && rows.size() < limit) {
                QuerySolution solution = results.next();
                Map<String, @Nullable Object> row = new LinkedHashMap<>();
                columns.forEach(column -> row.put(column, java(solution.get(column))));
                rows.add(row);
            }
            return new NamedQueryResult(named.name(), named.language().label(), values, columns, rows,
                    results.hasNext());
        });
    }

    /** The RDF term a parameter value stands for: a plain string, an xsd:integer or an xsd:decimal. */
    static Node node(Object value) {
        return switch (value) {
            case Long l -> NodeFactory.createLiteralDT(Long.toString(l), XSDDatatype.XSDinteger);
            case BigDecimal d -> NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal);
            default -> NodeFactory.createLiteralString(value.toString());
        };
    }

    /** A SPARQL term as a JSON-friendly value: numbers and booleans as such, IRIs and other literals as text. */
    static @Nullable Object java(@Nullable RDFNode node) {
        if (node == null) {
            return null;
        }
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        if (node.isAnon()) {
            return "_:" + node.asResource().getId().getLabelString();
        }
        Literal literal = node.asLiteral();
        Object value = literal.getValue();
        return switch (value) {
            case Integer i -> i.longValue();
            case Long l -> l;
            case java.math.BigInteger b -> b.longValue();
            case BigDecimal d -> d.doubleValue();
            case Double d -> d;
            case Float f -> f.doubleValue();
            case Boolean b -> b;
            default -> literal.getLexicalForm();
        };
    }
}
