// After derivation run $run: stated edges it did not touch keep their evidence but back no agreement.
MATCH ()-[c:COOPERATES_WITH]->()
WHERE coalesce(c.stated, false) AND (c.derivation IS NULL OR c.derivation <> $run)
CALL (c) {
  SET c.weight = 0, c.agreementIds = [], c.kinds = [], c.firstYear = null, c.derivation = $run
} IN TRANSACTIONS OF 10000 ROWS
