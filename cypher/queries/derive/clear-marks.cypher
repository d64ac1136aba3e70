// Last step of a derivation run: removes the run marks, so an unchanged input leaves the graph unchanged.
MATCH ()-[c:COOPERATES_WITH]->()
WHERE c.derivation IS NOT NULL
CALL (c) {
  REMOVE c.derivation
} IN TRANSACTIONS OF 10000 ROWS
