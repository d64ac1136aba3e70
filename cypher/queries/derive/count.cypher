// How many cooperation edges the graph holds after a derivation.
MATCH ()-[c:COOPERATES_WITH]->() RETURN count(c) AS count
