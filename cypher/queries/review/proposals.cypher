// A document's proposals, by sentence and then by confidence, entities before relations.
// Params: $document, $state (or null for all), $ids (list, or null for all).
MATCH (p:Proposal {document: $document})
WHERE ($state IS NULL OR p.state = $state) AND ($ids IS NULL OR p.id IN $ids)
RETURN properties(p) AS proposal
ORDER BY p.sentence, p.kind, p.confidence DESC, p.id
