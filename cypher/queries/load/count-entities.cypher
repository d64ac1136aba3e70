// Number of entities in the database; zero means the seed data should be loaded.
MATCH (n:Entity) RETURN count(n) AS count
