// Upserts a batch of relationships of one type. $rows: [{ source, target, props }].
// __TYPE__ is replaced by an allowlisted relationship type (core/model.ts) before the query runs: Cypher takes
// no type as a parameter in MERGE without scanning every relationship. Properties are replaced as a whole,
// except the derived ones ($derivedKeys), which cypher/queries/derive writes and which do not count as changes. A property the edge lacks compares as null, which `coalesce` counts as a change (stating a
// derived cooperation edge, whose `stated` was absent, is an update, and the derivation must run after it).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:__TYPE__]->(b)
ON CREATE SET r._created = true
WITH r, row, properties(r) AS before
SET r = row.props
// The derived properties of a cooperation edge (the keys of $derivedKeys) are the derivation's: kept unless the
// input gives them, so a write that changes nothing the derivation reads leaves them right without deriving.
SET r.weight = coalesce(row.props.weight, before.weight),
  r.agreementIds = coalesce(row.props.agreementIds, before.agreementIds),
  r.kinds = coalesce(row.props.kinds, before.kinds),
  r.firstYear = coalesce(row.props.firstYear, before.firstYear),
  r.derivation = coalesce(row.props.derivation, before.derivation)
WITH row, before, before._created IS NOT NULL AS created
RETURN
  sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
  sum(CASE WHEN NOT created AND NOT (
    all(k IN keys(row.props) WHERE coalesce(before[k] = row.props[k], false)) AND
    all(k IN keys(before) WHERE k IN keys(row.props) OR k IN $derivedKeys)
  ) THEN 1 ELSE 0 END) AS updated
