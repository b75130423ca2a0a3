// name: claims-about
// param: concept (string) a concept's name, alias or id; case is ignored
// returns: the claims whose subject is the concept: paper, kind (quantitative or qualitative), statement, value and unit, by paper
MATCH (c:Concept)
WHERE c.key = $concept OR toLower(c.name) = toLower($concept)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($concept))
MATCH (p:Paper)-[:HAS_CLAIM]->(claim:Claim)-[:CLAIM_SUBJECT]->(c)
RETURN p.key AS paper, claim.kind AS kind, claim.text AS statement, claim.value AS value, claim.unit AS unit
ORDER BY paper, statement
