/**
 * The gate pack as it ships in the content script: the same tables as `GatePack`, in a compact form that every
 * page downloads and parses (about 4.5 KB gzip instead of 8).
 * - The keys are not shipped: the pattern is a trie of exactly the keys (lib/text/pattern.ts), so `keysOf` reads
 *   them back out of it, in the pattern's order; `order` gives each key's alias index (ANCHOR for a figure verb).
 * - Each alias is a row `[entity, strong(0|1), extras?]`; its script is the key's (`scriptOf`).
 * - Entities are their ids; in the shipped pattern a space stands for `[\s\-]+`.
 * Unpacking is a linear pass over the pattern and a loop over a few hundred rows; `unpackGate(packGate(g))`
 * equals `g` (tests/unit/engine/gate-format.test.ts).
 */
import type { GatePack, RuntimeAlias } from './runtime-types';
import { ANCHOR } from '../text/pattern';
import { scriptOf } from '../text/normalize';

type Extras = Pick<RuntimeAlias, 'strongWith' | 'exact' | 'prefixes'>;
type Row = [entity: number, strong: 0 | 1, extras?: Extras];

export interface CompactGate {
  format: GatePack['format'];
  meta: GatePack['meta'];
  /** Entity ids, and each entity's party (0 or 1) where it has one. */
  entities: string[];
  parties?: Record<number, 0 | 1>;
  /** The gate's topic vocabulary and weights, as compiled (see RuntimeGate). */
  gate?: GatePack['gate'];
  /** By alias index. */
  aliases: Row[];
  /** For each key of the pattern, in its order: the alias index, ANCHOR, or a topic word's code (below ANCHOR). */
  order: number[];
  pattern: string;
}

const SEPARATOR = '[\\s\\-]+';

/**
 * The keys a pattern of buildPattern matches, in its order. The pattern holds only literal characters (escaped
 * syntax characters), `(?:a|b|)` groups and SEPARATOR for a space.
 */
export function keysOf(pattern: string): string[] {
  let i = 0;
  // Every key that the alternatives from `i` up to the closing ")" (or the end) spell, after each of `prefixes`.
  const group = (prefixes: string[]): string[] => {
    const out: string[] = [];
    let branch = prefixes;
    const close = () => out.push(...branch);
    while (i < pattern.length) {
      if (pattern.startsWith(SEPARATOR, i)) {
        branch = branch.map((p) => `${p} `);
        i += SEPARATOR.length;
      } else if (pattern.startsWith('(?:', i)) {
        i += 3;
        branch = group(branch);
      } else if (pattern[i] === '|') {
        i++;
        close();
        branch = prefixes;
      } else if (pattern[i] === ')') {
        i++;
        close();
        return out;
      } else {
        // An escaped syntax character, or one character (a code point outside the BMP is two code units).
        const text = pattern[i] === '\\' ? pattern[i + 1]! : String.fromCodePoint(pattern.codePointAt(i)!);
        i += pattern[i] === '\\' ? 2 : text.length;
        branch = branch.map((p) => p + text);
      }
    }
    close();
    return out;
  };
  return group(['']);
}

export function packGate(gate: GatePack): CompactGate {
  const aliases = gate.aliases.map((a): Row => {
    const extras: Extras = {};
    if (a.strongWith) extras.strongWith = a.strongWith;
    if (a.exact !== undefined) extras.exact = a.exact;
    if (a.prefixes) extras.prefixes = a.prefixes;
    if (a.script !== scriptOf(a.key)) throw new Error(`gate pack: the script of "${a.key}" is not its key's`);
    const row: Row = [a.entity, a.strong ? 1 : 0];
    if (Object.keys(extras).length) row.push(extras);
    return row;
  });
  const keys = keysOf(gate.pattern);
  if (keys.length !== Object.keys(gate.aliasIndex).length || keys.some((k) => gate.aliasIndex[k] === undefined))
    throw new Error('gate pack: the pattern does not spell exactly the keys of aliasIndex');
  return {
    format: gate.format,
    meta: gate.meta,
    entities: gate.entities.map((e) => e.id),
    ...partiesOf(gate),
    ...(gate.gate ? { gate: gate.gate } : {}),
    aliases,
    order: keys.map((k) => gate.aliasIndex[k]!),
    pattern: gate.pattern.split(SEPARATOR).join(' '),
  };
}

export function unpackGate(c: CompactGate): GatePack {
  const pattern = c.pattern.split(' ').join(SEPARATOR);
  const keys = keysOf(pattern);
  const aliasIndex: Record<string, number> = {};
  const aliases: RuntimeAlias[] = new Array(c.aliases.length);
  keys.forEach((key, k) => {
    const i = c.order[k]!;
    aliasIndex[key] = i;
    if (i <= ANCHOR) return;
    const [entity, strong, extras] = c.aliases[i]!;
    aliases[i] = { key, entity, strong: strong === 1, script: scriptOf(key), ...extras };
  });
  // Key order as the compiler wrote it (alias index order, then the figure verbs), so the unpacked pack is the same.
  const ordered: Record<string, number> = {};
  for (const a of aliases) ordered[a.key] = aliasIndex[a.key]!;
  for (const key of keys) if (aliasIndex[key]! <= ANCHOR) ordered[key] = aliasIndex[key]!;
  const entities = c.entities.map((id, i): GatePack['entities'][number] => {
    const party = c.parties?.[i];
    return party === undefined ? { id } : { id, party };
  });
  return { format: c.format, meta: c.meta, entities, aliases, aliasIndex: ordered, pattern, ...(c.gate ? { gate: c.gate } : {}) };
}

function partiesOf(gate: GatePack): { parties?: Record<number, 0 | 1> } {
  const parties: Record<number, 0 | 1> = {};
  gate.entities.forEach((e, i) => {
    if (e.party !== undefined) parties[i] = e.party;
  });
  return Object.keys(parties).length ? { parties } : {};
}
