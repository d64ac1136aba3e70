// Every node's name and aliases, for recognising and resolving them in a new text (server/ingest/extract).
// Documents are left out: they are sources, not things a text names.
MATCH (n:Entity)
WHERE NOT n:Document
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label, coalesce(n.name, n.code) AS name,
  coalesce(n.aliases, []) AS aliases, n.kind AS kind, n.code AS code
