// Deletes the relationship with id $id (`source|TYPE|target`). Scans relationships: for tests and small edits.
MATCH ()-[r]->()
WHERE r.id = $id
DELETE r
RETURN count(*) AS deleted
