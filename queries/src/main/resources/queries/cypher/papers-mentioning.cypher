// name: papers-mentioning
// param: concept (string) a concept's name, alias or id; case is ignored
// returns: the papers that mention the concept, with their titles and how often each names it, most often first
MATCH (c:Concept)
WHERE c.key = $concept OR toLower(c.name) = toLower($concept)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($concept))
MATCH (p:Paper)-[m:MENTIONS]->(c)
RETURN p.key AS paper, p.title AS title, sum(m.count) AS mentions
ORDER BY mentions DESC, title, paper
