// name: concepts-used-by
// param: concept (string) a concept's name, alias or id; case is ignored
// returns: the concepts the concept uses, with their kind and how many papers say so, best supported first
MATCH (c:Concept)
WHERE c.key = $concept OR toLower(c.name) = toLower($concept)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($concept))
MATCH (c)-[r:USES_METHOD]->(u:Concept)
RETURN u.name AS used, u.key AS usedId, u.kind AS kind, r.support AS support
ORDER BY support DESC, used, usedId
