// name: papers-proposing
// param: concept (string) a concept's name, alias or id (such as vision-transformer); case is ignored
// returns: the papers that propose the concept: paper id and title, by title
MATCH (c:Concept)
WHERE c.key = $concept OR toLower(c.name) = toLower($concept)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($concept))
MATCH (p:Paper)-[:PROPOSES]->(c)
RETURN DISTINCT p.key AS paper, p.title AS title
ORDER BY title, paper
