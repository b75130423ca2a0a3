// name: central-concepts
// param: type (string, default any) only concepts of this kind (Method, Architecture, Task, Dataset, Metric), or any
// returns: the most central concepts by degree: the number of distinct relations (any of the seven predicates, either direction) each takes part in, most first
MATCH (c:Concept)-[r:INSTANCE_OF|BASED_ON|USES_METHOD|ADDRESSES|EVALUATED_ON|OUTPERFORMS|COMPARED_WITH]-(:Concept)
WHERE toLower($type) = 'any' OR toLower(c.kind) = toLower($type)
RETURN c.name AS concept, c.key AS conceptId, c.kind AS kind, count(DISTINCT r) AS degree
ORDER BY degree DESC, concept, conceptId
