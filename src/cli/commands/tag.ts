/** `litopys tag FILE --input conllu|text`: morphological tagging to CoNLL-U on stdout (XPOS = VESUM tag). */
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { LitopysError } from '../../errors.js';
import { tagConllu, tagText } from '../../nlp/tag/conlluTag.js';
import { loadTagger } from '../../nlp/tag/tagger.js';

interface TagFlags {
  input: 'conllu' | 'text';
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new LitopysError('INPUT_UNREADABLE', (e as Error).message, { file });
  }
}

export function register(program: Command): void {
  program
    .command('tag')
    .description('lemmas, UPOS, FEATS and VESUM tags (XPOS) for a CoNLL-U file (gold tokens) or raw text; CoNLL-U on stdout')
    .argument('<file>', 'input file; - reads stdin')
    .addOption(new Option('--input <kind>', 'input kind').choices(['conllu', 'text']).default('conllu'))
    .action((file: string, flags: TagFlags) => {
      const text = readInput(file);
      const tagger = loadTagger();
      process.stdout.write(flags.input === 'conllu' ? tagConllu(tagger, text, file) : tagText(tagger, text));
    });
}
