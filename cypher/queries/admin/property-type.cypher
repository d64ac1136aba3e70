// The Cypher type of one property of one entity ("INTEGER NOT NULL", "FLOAT NOT NULL", ...), for tests.
MATCH (n:Entity {id: $id})
RETURN valueType(n[$key]) AS type
