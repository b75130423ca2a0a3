// name: leaderboard
// param: dataset (string) a dataset's name, alias or id (such as ImageNet); case is ignored
// returns: the quantitative claims made on the dataset: method, metric, value, unit, paper and sentence, by metric and best value first
MATCH (c:Concept)
WHERE c.key = $dataset OR toLower(c.name) = toLower($dataset)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($dataset))
MATCH (p:Paper)-[:HAS_CLAIM]->(claim:Claim {kind: 'quantitative'})-[:CLAIM_DATASET]->(c)
WHERE claim.value IS NOT NULL
OPTIONAL MATCH (claim)-[:CLAIM_SUBJECT]->(s:Concept)
OPTIONAL MATCH (claim)-[:CLAIM_METRIC]->(m:Concept)
RETURN s.name AS method, s.key AS methodId, m.name AS metric, claim.value AS value, claim.unit AS unit,
       p.key AS paper, claim.text AS sentence
ORDER BY metric, value DESC, method, paper
