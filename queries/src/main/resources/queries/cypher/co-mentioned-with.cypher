// name: co-mentioned-with
// param: concept (string) a concept's name, alias or id; case is ignored
// returns: the concepts most often mentioned by the papers that mention the concept, with their kind and the number of such papers, most first
MATCH (c:Concept)
WHERE c.key = $concept OR toLower(c.name) = toLower($concept)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($concept))
MATCH (c)<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(o:Concept)
WHERE o <> c
RETURN o.name AS other, o.key AS otherId, o.kind AS kind, count(DISTINCT p) AS papers
ORDER BY papers DESC, other, otherId
