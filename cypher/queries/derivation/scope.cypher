// The institutions whose derived COOPERATES_WITH edges a write can change (docs/data-model.md, "Derived
// edges"), for a scoped derivation: run in the write's transaction, after a load's rows are written and before
// a delete, so the parties read are those the change concerns.
// Returns node ids: the institutions to re-derive, and countries whose stored degree may change (a stated edge
// to a country, the countries of a deleted institution's edges); the scoped run derives institutions only.
// Params: $institutions (ids: themselves, e.g. the parties of written PARTY_TO and the ends of stated edges),
// $agreements (ids: every party of each, e.g. agreements written or given a party or a country), $around
// (ids: themselves, every party of their agreements and every cooperation partner, e.g. an institution that
// moved country, whose co-parties' country edges change, or one deleted). With $around also the countries it
// cooperates with: a deleted institution's edges go with it, and the stored degrees at their other ends must
// follow (the scoped run recounts the degrees of the whole scope; it derives institutions only).
CALL () {
  UNWIND $institutions AS id
  MATCH (i:Entity {id: id})
  WHERE i:Institution OR i:Country
  RETURN i
  UNION
  UNWIND $agreements AS id
  MATCH (:Agreement {id: id})<-[:PARTY_TO]-(i:Institution)
  RETURN i
  UNION
  UNWIND $around AS id
  MATCH (i:Institution {id: id})
  RETURN i
  UNION
  UNWIND $around AS id
  MATCH (:Institution {id: id})-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(i:Institution)
  RETURN i
  UNION
  UNWIND $around AS id
  MATCH (:Institution {id: id})-[:COOPERATES_WITH]-(i)
  WHERE i:Institution OR i:Country
  RETURN i
}
RETURN collect(i.id) AS scope
