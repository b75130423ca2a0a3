// name: relation-evidence
// param: concept (string) a concept's name, alias or id; case is ignored
// returns: the relations the concept takes part in, either side, each with a sentence that states it: subject, predicate, object, paper, sentence and confidence, one row per statement
MATCH (c:Concept)
WHERE c.key = $concept OR toLower(c.name) = toLower($concept)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($concept))
MATCH (s:Concept)-[r:INSTANCE_OF|BASED_ON|USES_METHOD|ADDRESSES|EVALUATED_ON|OUTPERFORMS|COMPARED_WITH]->(o:Concept)
WHERE s = c OR o = c
UNWIND range(0, size(r.papers) - 1) AS i
WITH s, r, o, i
WHERE r.sentences[i] <> ''
RETURN s.name AS subject,
       CASE type(r)
         WHEN 'INSTANCE_OF' THEN 'instanceOf' WHEN 'BASED_ON' THEN 'basedOn' WHEN 'USES_METHOD' THEN 'usesMethod'
         WHEN 'ADDRESSES' THEN 'addresses' WHEN 'EVALUATED_ON' THEN 'evaluatedOn' WHEN 'OUTPERFORMS' THEN 'outperforms'
         ELSE 'comparedWith' END AS predicate,
       o.name AS object, substring(r.papers[i], size('https://papergraph.org/id/paper/')) AS paper,
       r.sentences[i] AS sentence, r.confidences[i] AS confidence
ORDER BY subject, predicate, object, paper, sentence
