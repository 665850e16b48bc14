/**
 * The V8 settings the analysing commands run with, and the launcher's decision to start node with them.
 *
 * Why: analysing fresh text allocates about 4 KB per token, most of it dead within a document, while the stages'
 * per-form caches keep growing. With V8's default young generation (16 MB semi-spaces) a scavenge runs every few
 * hundred tokens and copies the caches' newest entries each time; with 64 MB semi-spaces scavenges are a quarter as
 * frequent and the pipeline runs about 15 % faster on one core (`npm run bench -- pipeline`, docs/BENCHMARKS.md).
 * The semi-space size is fixed when V8 starts (setting it later from JavaScript does nothing), so bin/litopys.js
 * starts a second node with the flag for the analysing commands; worker threads get the same young generation through
 * their resource limits (src/ingest/analyzePool.ts).
 */

/** Semi-space size of V8's young generation for analysis, in MB (V8's default on 64-bit machines: 16). */
export const ANALYSIS_SEMI_SPACE_MB = 64;

/** The node flags of an analysing process. */
export const ANALYSIS_NODE_FLAGS: readonly string[] = [`--max-semi-space-size=${ANALYSIS_SEMI_SPACE_MB}`];

/**
 * A worker thread's young generation for the same semi-spaces: V8 sizes the young generation at three semi-spaces
 * (two for the scavenger, one for large new objects).
 */
export const ANALYSIS_YOUNG_GENERATION_MB = 3 * ANALYSIS_SEMI_SPACE_MB;

/** Commands that run the analysis pipeline over many documents (the others only read a store). */
export const ANALYSING_COMMANDS: ReadonlySet<string> = new Set(['ingest', 'extract', 'tag']);

/** Set in the environment of the relaunched process (and by a user who wants no relaunch: `LITOPYS_RELAUNCH=0`). */
export const RELAUNCH_ENV = 'LITOPYS_RELAUNCH';

/**
 * The node arguments to relaunch the CLI with, or null to run in this process: null for a command that does not
 * analyse, when the flag is already given (on the command line or in NODE_OPTIONS), or when `LITOPYS_RELAUNCH` is
 * set (the relaunched process itself, or a user who opted out).
 */
export function relaunchArgs(argv: readonly string[], execArgv: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] | null {
  const command = argv[2];
  if (!command || !ANALYSING_COMMANDS.has(command)) return null;
  if (env[RELAUNCH_ENV] !== undefined) return null;
  const given = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (given.some((a) => /^--max-semi-space-size(=|$)/.test(a))) return null;
  return [...ANALYSIS_NODE_FLAGS, ...execArgv, ...argv.slice(1)];
}
