// Stores a submitted text for review as (:ReviewDocument), apart from the graph: no :Entity label, no
// relationship, so no read of the graph sees it. A second submission of the same text (same id: its hash)
// keeps the first date and counts the submission.
// Params: $row { id, name, file, format, owner, ownerGuessed, text, sentencesJson, extractor }.
MERGE (d:ReviewDocument {id: $row.id})
ON CREATE SET d.submittedAt = toString(datetime()), d.submissions = 0
SET d += $row, d.submissions = d.submissions + 1
RETURN d.id AS id
