package org.papergraph.service.cypher;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;

/**
 * Decides from a query's plan (what {@code EXPLAIN} returns, so after Neo4j has parsed it: case,
 * comments and sub-queries make no difference) whether it may run over HTTP. Refused: any
 * {@code LOAD CSV} (it reads files and fetches URLs), and any procedure call outside a short list
 * of schema look-ups, because procedures run with the admin rights of the service's connection and
 * some read files, fetch URLs or change settings. Thread-safe and stateless.
 */
final class ExternalAccessPolicy {

    /** The procedures a read-only caller may use: schema look-ups and index queries. */
    static final Set<String> ALLOWED_PROCEDURES = Set.of(
            "db.labels", "db.relationshiptypes", "db.propertykeys",
            "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
            "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships",
            "db.index.vector.querynodes", "db.index.vector.queryrelationships");

    private static final Pattern PROCEDURE_NAME = Pattern.compile("^\\s*([\\p{L}\\p{N}_.`$]+)\\s*\\(");

    private ExternalAccessPolicy() {}

    /** Returns why the plan may not run over HTTP, or empty when it may; a missing plan may not. */
    static Optional<String> refusal(Optional<Plan> root) {
        if (root.isEmpty()) {
            return Optional.of("the query is refused: Neo4j returned no plan to check it against");
        }
        Deque<Plan> todo = new ArrayDeque<>();
        todo.push(root.get());
        while (!todo.isEmpty()) {
            Plan plan = todo.pop();
            Optional<String> reason = refusalOf(plan);
            if (reason.isPresent()) {
                return reason;
            }
            plan.children().forEach(todo::push);
        }
        return Optional.empty();
    }

    private static Optional<String> refusalOf(Plan plan) {
        String operator = operatorName(plan.operatorType());
        if (operator.equals("loadcsv")) {
            return Optional.of("LOAD CSV is refused: queries over HTTP may not read files or fetch URLs");
        }
        if (operator.startsWith("procedurecall")) {
            String name = procedureName(plan);
            if (!ALLOWED_PROCEDURES.contains(name.toLowerCase(Locale.ROOT))) {
                return Optional.of("the procedure " + name + " is refused: over HTTP only schema and index look-ups "
                        + "(" + String.join(", ", ALLOWED_PROCEDURES.stream().sorted().toList())
                        + ") may be called, since other procedures can read files, fetch URLs or change settings");
            }
        }
        return Optional.empty();
    }

    /** {@code ProcedureCall@neo4j} → {@code procedurecall}. */
    private static String operatorName(String type) {
        int at = type.indexOf('@');
        return (at < 0 ? type : type.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    /** The procedure's name from the operator's details ({@code db.labels() :: (label :: STRING)}). */
    private static String procedureName(Plan plan) {
        for (String key : new String[] {"Details", "Signature", "details", "signature"}) {
            Value value = plan.arguments().get(key);
            if (value != null && !value.isNull()) {
                Matcher m = PROCEDURE_NAME.matcher(value.asString());
                if (m.find()) {
                    return m.group(1).replace("`", "");
                }
            }
        }
        return "(unnamed)";
    }
}
