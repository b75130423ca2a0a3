// name: evaluated-on
// param: concept (string) a concept's name, alias or id; case is ignored
// returns: the datasets (or other concepts) the concept is evaluated on, with how many papers say so, best supported first
MATCH (c:Concept)
WHERE c.key = $concept OR toLower(c.name) = toLower($concept)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($concept))
MATCH (c)-[r:EVALUATED_ON]->(t:Concept)
RETURN t.name AS target, t.key AS targetId, t.kind AS kind, r.support AS support
ORDER BY support DESC, target, targetId
