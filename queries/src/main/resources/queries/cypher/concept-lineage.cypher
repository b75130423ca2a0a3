// name: concept-lineage
// param: concept (string) a concept's name, alias or id; case is ignored
// returns: every concept the concept builds on or is an instance of, directly or through others, with its kind
MATCH (c:Concept)
WHERE c.key = $concept OR toLower(c.name) = toLower($concept)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($concept))
MATCH (c)-[:BASED_ON|INSTANCE_OF*]->(a:Concept)
RETURN DISTINCT a.name AS ancestor, a.key AS ancestorId, a.kind AS kind
ORDER BY ancestor, ancestorId
