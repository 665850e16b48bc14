-- 001: documents, their sentences and token layer, and the full-text index.
-- Offsets are UTF-16 code units into document_texts.text (as JavaScript indexes strings).

-- Metadata only: rows stay small, so joins from the full-text index and date/source filters touch few pages.
CREATE TABLE documents (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,              -- JSONL id, else the first 16 hex digits of the content hash
  hash TEXT NOT NULL UNIQUE,            -- sha256 of the normalised text: one article is stored once
  date TEXT,                            -- YYYY-MM-DD or NULL when unknown
  title TEXT,
  source TEXT,
  url TEXT,
  lang TEXT NOT NULL DEFAULT 'uk',
  origin TEXT,                          -- file[:line] it was ingested from
  stages TEXT NOT NULL DEFAULT '',      -- pipeline stages that ran, comma-separated
  sentence_count INTEGER NOT NULL DEFAULT 0,
  token_count INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_source ON documents(source);

CREATE TABLE sentences (
  doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  token_start INTEGER NOT NULL,
  token_end INTEGER NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

-- The text and its token layer, one row per document, apart from the metadata. tokens: one compact JSON array
-- (a row per token would cost more than the analysis); each token is [gap from the previous token's end, length,
-- kind, spaceAfter, lemma?, pos?, feats?, tag?] — see src/store/tokenCodec.ts.
CREATE TABLE document_texts (
  doc INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
  text TEXT NOT NULL,
  tokens TEXT
);

-- Full text: title, surface text, and the lemma stream (space-separated lemmas of the word tokens: token.lemma when
-- a tagger ran, else the lowercased word). rowid = documents.rowid. Searches match surface OR lemmas.
-- Contentless (text and tokens are in document_texts): the index alone, half the size of a content
-- table; snippets are cut in JS from the token layer (src/store/snippet.ts). contentless_delete allows replacing.
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, body, lemmas,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
