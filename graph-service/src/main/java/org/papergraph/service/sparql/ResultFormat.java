package org.papergraph.service.sparql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.jspecify.annotations.Nullable;

/**
 * The format of an answer, chosen by the {@code format} parameter or else by content
 * negotiation on {@code Accept} (Jena's {@link AcceptList}), from what the query's form offers:
 * SPARQL results in JSON, XML, CSV or TSV for SELECT and ASK; Turtle, N-Triples, JSON-LD or
 * RDF/XML for CONSTRUCT and DESCRIBE. The first offer is the default.
 *
 * @param mediaType the {@code Content-Type} of the answer
 * @param lang the Jena language that writes it
 */
record ResultFormat(String mediaType, Lang lang) {

    private static final Map<String, Lang> RESULTS = offers(
            WebContent.contentTypeResultsJSON, ResultSetLang.RS_JSON,
            WebContent.contentTypeResultsXML, ResultSetLang.RS_XML,
            WebContent.contentTypeTextCSV, ResultSetLang.RS_CSV,
            WebContent.contentTypeTextTSV, ResultSetLang.RS_TSV,
            WebContent.contentTypeJSON, ResultSetLang.RS_JSON,
            WebContent.contentTypeXML, ResultSetLang.RS_XML);

    private static final Map<String, Lang> GRAPHS = offers(
            WebContent.contentTypeTurtle, Lang.TURTLE,
            WebContent.contentTypeNTriples, Lang.NTRIPLES,
            WebContent.contentTypeJSONLD, Lang.JSONLD,
            WebContent.contentTypeRDFXML, Lang.RDFXML,
            WebContent.contentTypeJSON, Lang.JSONLD,
            WebContent.contentTypeXML, Lang.RDFXML,
            WebContent.contentTypeTextPlain, Lang.NTRIPLES);

    /** Short names for the {@code format} parameter; {@code json} and {@code xml} depend on the query form. */
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("json", WebContent.contentTypeJSON), Map.entry("xml", WebContent.contentTypeXML),
            Map.entry("csv", WebContent.contentTypeTextCSV), Map.entry("tsv", WebContent.contentTypeTextTSV),
            Map.entry("turtle", WebContent.contentTypeTurtle), Map.entry("ttl", WebContent.contentTypeTurtle),
            Map.entry("ntriples", WebContent.contentTypeNTriples), Map.entry("nt", WebContent.contentTypeNTriples),
            Map.entry("n-triples", WebContent.contentTypeNTriples),
            Map.entry("jsonld", WebContent.contentTypeJSONLD), Map.entry("json-ld", WebContent.contentTypeJSONLD),
            Map.entry("rdfxml", WebContent.contentTypeRDFXML), Map.entry("rdf", WebContent.contentTypeRDFXML));

    /**
     * Chooses the format for a query.
     *
     * @param format the {@code format} parameter: a short name ({@code json}, {@code csv},
     *     {@code turtle}, ...) or a media type; it wins over {@code Accept}
     * @param accept the {@code Accept} header; absent or {@code *}{@code /*} gives the default
     * @throws SparqlProtocolException 400 for a format the query form cannot take, 406 for an
     *     {@code Accept} that matches no offer
     */
    static ResultFormat choose(Query query, @Nullable String format, @Nullable String accept) {
        Map<String, Lang> offers = query.isSelectType() || query.isAskType() ? RESULTS : GRAPHS;
        if (format != null && !format.isBlank()) {
            String name = format.strip().toLowerCase(Locale.ROOT);
            String mediaType = SHORT_NAMES.getOrDefault(name, name);
            Lang lang = offers.get(mediaType);
            if (lang == null) {
                throw SparqlProtocolException.badRequest("format '" + format + "' does not fit a " + form(query)
                        + " query; use one of " + String.join(", ", names(offers)));
            }
            return new ResultFormat(canonical(mediaType, lang), lang);
        }
        if (accept == null || accept.isBlank()) {
            return first(offers);
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), AcceptList.create(offers.keySet().toArray(String[]::new)));
        if (chosen == null) {
            throw new SparqlProtocolException(406, "cannot answer a " + form(query) + " query as " + accept
                    + "; offered: " + String.join(", ", offers.keySet()));
        }
        Lang lang = offers.get(chosen.getContentTypeStr());
        return new ResultFormat(canonical(chosen.getContentTypeStr(), lang), lang);
    }

    /** Tells whether the answer is text with a charset parameter (everything but the XML types). */
    boolean textual() {
        return !mediaType.contains("xml");
    }

    /** Generic JSON and XML answer with the specific media type of the language that writes them. */
    private static String canonical(String mediaType, Lang lang) {
        return mediaType.equals(WebContent.contentTypeJSON) || mediaType.equals(WebContent.contentTypeXML)
                || mediaType.equals(WebContent.contentTypeTextPlain)
                ? lang.getHeaderString() : mediaType;
    }

    private static ResultFormat first(Map<String, Lang> offers) {
        Map.Entry<String, Lang> first = offers.entrySet().iterator().next();
        return new ResultFormat(first.getKey(), first.getValue());
    }

    private static List<String> names(Map<String, Lang> offers) {
        return SHORT_NAMES.entrySet().stream().filter(e -> offers.containsKey(e.getValue())).map(Map.Entry::getKey)
                .sorted().toList();
    }

    private static String form(Query query) {
        return query.isSelectType() ? "SELECT" : query.isAskType() ? "ASK" : query.isConstructType() ? "CONSTRUCT"
                : "DESCRIBE";
    }

    private static Map<String, Lang> offers(Object... pairs) {
        Map<String, Lang> offers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            offers.put((String) pairs[i], (Lang) pairs[i + 1]);
        }
        return offers;
    }
}
