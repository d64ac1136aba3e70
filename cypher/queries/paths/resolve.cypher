// The entities named by the two ends of GET /api/paths, by id or (countries) ISO code; null where unknown.
// Params: $from, $to (ids), $fromCode, $toCode (the ids upper-cased when they may be ISO codes, or null).
OPTIONAL MATCH (fromId:Entity {id: $from})
OPTIONAL MATCH (fromCode:Country {code: $fromCode})
OPTIONAL MATCH (toId:Entity {id: $to})
OPTIONAL MATCH (toCode:Country {code: $toCode})
WITH coalesce(fromId, fromCode) AS a, coalesce(toId, toCode) AS b
RETURN
  CASE WHEN a IS NULL THEN null ELSE {id: a.id, name: coalesce(a.name, a.code, a.id), kind: a.kind,
    type: head([l IN labels(a) WHERE l <> 'Entity'])} END AS from,
  CASE WHEN b IS NULL THEN null ELSE {id: b.id, name: coalesce(b.name, b.code, b.id), kind: b.kind,
    type: head([l IN labels(b) WHERE l <> 'Entity'])} END AS to
