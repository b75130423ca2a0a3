// name: concepts-addressing
// param: task (string) a task's (or any concept's) name, alias or id; case is ignored
// returns: the concepts that address it, with their kind and how many papers say so, best supported first
MATCH (c:Concept)
WHERE c.key = $task OR toLower(c.name) = toLower($task)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($task))
MATCH (s:Concept)-[r:ADDRESSES]->(c)
RETURN s.name AS source, s.key AS sourceId, s.kind AS kind, r.support AS support
ORDER BY support DESC, source, sourceId
