// name: outperforms
// param: minSupport (integer, default 1) how many papers must state a pair at least
// returns: what outperforms what: winner, loser and how many papers say so, best supported first
MATCH (w:Concept)-[r:OUTPERFORMS]->(l:Concept)
WHERE r.support >= $minSupport
RETURN w.name AS winner, w.key AS winnerId, l.name AS loser, l.key AS loserId, r.support AS support
ORDER BY support DESC, winner, winnerId, loser, loserId
