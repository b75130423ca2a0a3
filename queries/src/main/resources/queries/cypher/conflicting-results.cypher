// name: conflicting-results
// returns: quantitative claims that disagree: the same method, metric and dataset with different values in different papers, one row per claim, grouped by method, metric and dataset
MATCH (p:Paper)-[:HAS_CLAIM]->(claim:Claim {kind: 'quantitative'}),
      (claim)-[:CLAIM_SUBJECT]->(s:Concept), (claim)-[:CLAIM_METRIC]->(m:Concept), (claim)-[:CLAIM_DATASET]->(d:Concept)
WHERE claim.value IS NOT NULL
  AND EXISTS {
    MATCH (q:Paper)-[:HAS_CLAIM]->(other:Claim {kind: 'quantitative'}),
          (other)-[:CLAIM_SUBJECT]->(s), (other)-[:CLAIM_METRIC]->(m), (other)-[:CLAIM_DATASET]->(d)
    WHERE q <> p AND other.value IS NOT NULL AND other.value <> claim.value
  }
RETURN s.name AS method, m.name AS metric, d.name AS dataset, claim.value AS value, claim.unit AS unit,
       p.key AS paper, claim.text AS sentence
ORDER BY method, metric, dataset, value DESC, paper
