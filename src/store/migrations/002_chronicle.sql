-- 002: the chronicle layers — entities and their mentions, time expressions, events with their actors, quotes.
-- Every row hangs off a document (ON DELETE CASCADE: replacing a document replaces its layers). Ids written by the
-- pipeline (E1, V1, Q1 …) are document-local; the pair (doc, id) is unique. `name`/`norm` let the API and CLI find
-- one real-world thing across documents: `norm` is the lowercased canonical name (apostrophes unified).

CREATE TABLE entities (
  doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
  id TEXT NOT NULL,                     -- E1, E2 … within the document
  type TEXT NOT NULL,                   -- NER-UK type: PERS, ORG, LOC …
  name TEXT NOT NULL,                   -- canonical (nominative, full) name
  norm TEXT NOT NULL,                   -- lower(name), apostrophes unified: the cross-document key
  country TEXT,                         -- actor coding (ISO 3166 alpha-3 or IGO code)
  sector TEXT,                          -- GOV, MIL, DIP …
  role TEXT,                            -- role as written ("державний секретар")
  kb_id TEXT,                           -- actor knowledge-base id when matched
  lat REAL,
  lon REAL,
  mention_count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (doc, id)
) WITHOUT ROWID;
CREATE INDEX entities_norm ON entities(norm, type);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE mentions (
  doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
  entity TEXT NOT NULL,                 -- entities.id within the same document
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  PRIMARY KEY (doc, start, end, type)
) WITHOUT ROWID;

CREATE TABLE times (
  doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  value_start TEXT,                     -- resolved ISO date interval (inclusive), NULL when unresolved
  value_end TEXT,
  relative INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (doc, start, end)
) WITHOUT ROWID;

CREATE TABLE events (
  doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
  id TEXT NOT NULL,                     -- V1, V2 … within the document
  type TEXT NOT NULL,                   -- PLOVER type
  mode TEXT,
  date_start TEXT,                      -- resolved date of the event's clause, else the document date
  date_end TEXT,
  date_reported INTEGER NOT NULL DEFAULT 0, -- 1 when the date is only the article date
  location TEXT,                        -- entities.id of the place
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  negated INTEGER NOT NULL DEFAULT 0,
  modality TEXT NOT NULL,
  PRIMARY KEY (doc, id)
) WITHOUT ROWID;
CREATE INDEX events_type_date ON events(type, date_start);
CREATE INDEX events_date ON events(date_start);

-- Source and target actors of an event: one row per (event, role, entity).
CREATE TABLE event_actors (
  doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
  event TEXT NOT NULL,                  -- events.id
  role TEXT NOT NULL CHECK (role IN ('source', 'target')),
  entity TEXT NOT NULL,                 -- entities.id
  idx INTEGER NOT NULL,                 -- order within the role
  PRIMARY KEY (doc, event, role, idx)
) WITHOUT ROWID;
CREATE INDEX event_actors_entity ON event_actors(doc, entity);

CREATE TABLE quotes (
  doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
  id TEXT NOT NULL,                     -- Q1, Q2 … within the document
  speaker TEXT,                         -- entities.id, NULL when unattributed
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  direct INTEGER NOT NULL,
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  PRIMARY KEY (doc, id)
) WITHOUT ROWID;
