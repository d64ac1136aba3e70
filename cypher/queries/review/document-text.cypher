// A submitted document's text and sentence ranges. Params: $id.
MATCH (d:ReviewDocument {id: $id})
RETURN d.text AS text, d.sentencesJson AS sentencesJson, d.name AS name, d.file AS file
