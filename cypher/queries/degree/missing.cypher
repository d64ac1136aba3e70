// Whether some institution or country has no stored `partners` (a database loaded before degrees were stored):
// then server/main.ts stores them once at start. No parameters.
RETURN EXISTS { MATCH (n:Institution) WHERE n.partners IS NULL } OR EXISTS { MATCH (n:Country) WHERE n.partners IS NULL }
  AS missing
