// After derivation run $run: derived edges it did not touch no longer hold (an agreement or party was removed).
MATCH ()-[c:COOPERATES_WITH]->()
WHERE NOT coalesce(c.stated, false) AND (c.derivation IS NULL OR c.derivation <> $run)
CALL (c) {
  DELETE c
} IN TRANSACTIONS OF 10000 ROWS
