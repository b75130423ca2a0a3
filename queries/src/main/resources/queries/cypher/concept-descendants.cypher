// name: concept-descendants
// param: concept (string) a concept's name, alias or id; case is ignored
// returns: every concept that builds on the concept or is an instance of it, directly or through others (the inverse of concept-lineage), with its kind
MATCH (c:Concept)
WHERE c.key = $concept OR toLower(c.name) = toLower($concept)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($concept))
MATCH (d:Concept)-[:BASED_ON|INSTANCE_OF*]->(c)
RETURN DISTINCT d.name AS descendant, d.key AS descendantId, d.kind AS kind
ORDER BY descendant, descendantId
