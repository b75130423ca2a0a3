// name: co-mentioned
// param: minPapers (integer, default 2) how many papers must mention both at least
// returns: the pairs of concepts most often mentioned by the same paper: both concepts and the number of papers, most first
MATCH (a:Concept)<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(b:Concept)
WHERE a.iri < b.iri
WITH a, b, count(DISTINCT p) AS papers
WHERE papers >= $minPapers
RETURN a.name AS first, a.key AS firstId, b.name AS second, b.key AS secondId, papers
ORDER BY papers DESC, first, firstId, second, secondId
