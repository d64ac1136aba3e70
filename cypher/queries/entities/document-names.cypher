// The titles of some documents, to name the documents of provenance lists.
// Params: $ids (document ids).
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d.id AS id, d.name AS name
