// Written by policygraph export --format neo4j: the LOAD CSV way to load the
// CSV files beside this script into a running Neo4j 5 database, instead of
// import.sh (which needs the database stopped and empty, but is faster).
// Copy the CSV files into the database's import directory
// (server.directories.import), then run
//   cypher-shell -u neo4j -p PASSWORD -f load.cypher
// Every node also has the label Node, whose unique id relationships are
// matched on. MERGE makes the script safe to run again.

CREATE CONSTRAINT policygraph_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes_document.csv' AS row
MERGE (n:`Node` {id: row.`id:ID`})
SET n:`Document`,
  n.`name` = CASE WHEN row.`name` <> '' THEN row.`name` END,
  n.`date` = CASE WHEN row.`date` <> '' THEN row.`date` END,
  n.`title` = CASE WHEN row.`title` <> '' THEN row.`title` END,
  n.`evidence` = toInteger(row.`evidence:int`);

LOAD CSV WITH HEADERS FROM 'file:///nodes_region.csv' AS row
MERGE (n:`Node` {id: row.`id:ID`})
SET n:`Region`,
  n.`name` = CASE WHEN row.`name` <> '' THEN row.`name` END,
  n.`code` = CASE WHEN row.`code` <> '' THEN row.`code` END,
  n.`level` = CASE WHEN row.`level` <> '' THEN row.`level` END,
  n.`members` = CASE WHEN row.`members` <> '' THEN row.`members` END,
  n.`parent` = CASE WHEN row.`parent` <> '' THEN row.`parent` END,
  n.`evidence` = toInteger(row.`evidence:int`);

LOAD CSV WITH HEADERS FROM 'file:///nodes_agency.csv' AS row
MERGE (n:`Node` {id: row.`id:ID`})
SET n:`Agency`,
  n.`name` = CASE WHEN row.`name` <> '' THEN row.`name` END,
  n.`level` = CASE WHEN row.`level` <> '' THEN row.`level` END,
  n.`region` = CASE WHEN row.`region` <> '' THEN row.`region` END,
  n.`evidence` = toInteger(row.`evidence:int`);

LOAD CSV WITH HEADERS FROM 'file:///nodes_plan.csv' AS row
MERGE (n:`Node` {id: row.`id:ID`})
SET n:`Plan`,
  n.`name` = CASE WHEN row.`name` <> '' THEN row.`name` END,
  n.`evidence` = toInteger(row.`evidence:int`);

LOAD CSV WITH HEADERS FROM 'file:///nodes_amount.csv' AS row
MERGE (n:`Node` {id: row.`id:ID`})
SET n:`Amount`,
  n.`name` = CASE WHEN row.`name` <> '' THEN row.`name` END,
  n.`currency` = CASE WHEN row.`currency` <> '' THEN row.`currency` END,
  n.`qualifier` = CASE WHEN row.`qualifier` <> '' THEN row.`qualifier` END,
  n.`text` = CASE WHEN row.`text` <> '' THEN row.`text` END,
  n.`value` = toFloat(row.`value:double`),
  n.`evidence` = toInteger(row.`evidence:int`);

LOAD CSV WITH HEADERS FROM 'file:///nodes_target.csv' AS row
MERGE (n:`Node` {id: row.`id:ID`})
SET n:`Target`,
  n.`name` = CASE WHEN row.`name` <> '' THEN row.`name` END,
  n.`metric` = CASE WHEN row.`metric` <> '' THEN row.`metric` END,
  n.`qualifier` = CASE WHEN row.`qualifier` <> '' THEN row.`qualifier` END,
  n.`unit` = CASE WHEN row.`unit` <> '' THEN row.`unit` END,
  n.`value` = toFloat(row.`value:double`),
  n.`year` = toInteger(row.`year:int`),
  n.`evidence` = toInteger(row.`evidence:int`);

LOAD CSV WITH HEADERS FROM 'file:///rels_mentions.csv' AS row
MATCH (a:`Node` {id: row.`:START_ID`})
MATCH (b:`Node` {id: row.`:END_ID`})
MERGE (a)-[r:`MENTIONS`]->(b)
SET r.`evidence` = toInteger(row.`evidence:int`);

LOAD CSV WITH HEADERS FROM 'file:///rels_part_of.csv' AS row
MATCH (a:`Node` {id: row.`:START_ID`})
MATCH (b:`Node` {id: row.`:END_ID`})
MERGE (a)-[r:`PART_OF`]->(b)
SET r.`evidence` = toInteger(row.`evidence:int`);

LOAD CSV WITH HEADERS FROM 'file:///rels_member_of.csv' AS row
MATCH (a:`Node` {id: row.`:START_ID`})
MATCH (b:`Node` {id: row.`:END_ID`})
MERGE (a)-[r:`MEMBER_OF`]->(b)
SET r.`evidence` = toInteger(row.`evidence:int`),
  r.`source` = CASE WHEN row.`source` <> '' THEN row.`source` END;

LOAD CSV WITH HEADERS FROM 'file:///rels_located_in.csv' AS row
MATCH (a:`Node` {id: row.`:START_ID`})
MATCH (b:`Node` {id: row.`:END_ID`})
MERGE (a)-[r:`LOCATED_IN`]->(b)
SET r.`evidence` = toInteger(row.`evidence:int`);

LOAD CSV WITH HEADERS FROM 'file:///rels_issued_by.csv' AS row
MATCH (a:`Node` {id: row.`:START_ID`})
MATCH (b:`Node` {id: row.`:END_ID`})
MERGE (a)-[r:`ISSUED_BY`]->(b)
SET r.`evidence` = toInteger(row.`evidence:int`);

LOAD CSV WITH HEADERS FROM 'file:///rels_applies_to.csv' AS row
MATCH (a:`Node` {id: row.`:START_ID`})
MATCH (b:`Node` {id: row.`:END_ID`})
MERGE (a)-[r:`APPLIES_TO`]->(b)
SET r.`evidence` = toInteger(row.`evidence:int`),
  r.`via` = CASE WHEN row.`via` <> '' THEN row.`via` END;

LOAD CSV WITH HEADERS FROM 'file:///rels_set_by.csv' AS row
MATCH (a:`Node` {id: row.`:START_ID`})
MATCH (b:`Node` {id: row.`:END_ID`})
MERGE (a)-[r:`SET_BY`]->(b)
SET r.`evidence` = toInteger(row.`evidence:int`);
