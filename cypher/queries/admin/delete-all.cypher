// Deletes every node and relationship, in batches (tests and benchmarks start from an empty database).
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
