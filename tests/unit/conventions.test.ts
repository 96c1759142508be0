/**
 * Rules of the code base that a reviewer would otherwise have to remember. Each reads the sources (or runs the code)
 * and fails with the name of what breaks the rule.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { requestSchemas } from '@/lib/messages';
import { NOTE_POLICIES } from '@/lib/background/notes';
import { extractPage } from '@/lib/dom/extract';
import { indexText } from '@/lib/notes/dom-anchor';
import { changedNodes, foreignTextAdded } from '@/lib/content/live';
import { OWN_TAG_PREFIX } from '@/lib/dom/own';

const ROOT = resolve(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const SOURCES = [...files('lib'), ...files('components'), ...files('entrypoints')];

describe('messages', () => {
  /** Every place a message gets a handler, as [name, where, policy]. */
  function handlers(): [string, string, string][] {
    const found: [string, string, string][] = [];
    for (const file of files('lib/background')) {
      for (const m of read(file).matchAll(/\bhandle\(\s*'(\w+)'\s*,\s*'([\w-]+)'/g)) found.push([m[1]!, file, m[2]!]);
    }
    // lib/background/notes.ts registers its messages from one table of policies.
    for (const [name, policy] of Object.entries(NOTE_POLICIES)) if (policy) found.push([name, 'lib/background/notes.ts', policy]);
    // The page's session handles the background's commands (lib/content/start.ts, one `onMessages` table); their
    // policy: the extension only (each handler is wrapped in `only`).
    for (const m of read('lib/content/start.ts').matchAll(/^\s*(\w+): only\(/gm)) found.push([m[1]!, 'lib/content/start.ts', 'background']);
    return found;
  }

  it('every message has exactly one handler, with one sender policy', () => {
    const all = handlers();
    const problems: string[] = [];
    for (const name of Object.keys(requestSchemas)) {
      const here = all.filter(([n]) => n === name);
      if (here.length !== 1) problems.push(`${name}: ${here.length} handlers (${here.map(([, f]) => f).join(', ') || 'none'})`);
    }
    for (const [name, file] of all) if (!(name in requestSchemas)) problems.push(`${name} in ${file} has no schema`);
    expect(problems).toEqual([]);
  });

  it('only the background (through handle) and the session listen for messages', () => {
    // A port's onMessage (the note surfaces' ports, lib/background/note-surface.ts) is a channel of its own, not a message.
    const listeners = SOURCES.filter((f) => /(?<!port\.)\bonMessages?\b/.test(read(f)) && !/^lib\/(messages|messages-client)\.ts$/.test(f));
    expect(listeners.sort()).toEqual(['lib/background/handle.ts', 'lib/content/start.ts']);
  });
});

describe("ClaimLens's own elements", () => {
  it('every element ClaimLens creates in a page is named with the one prefix the walkers skip', () => {
    const created = new Set<string>();
    for (const file of SOURCES) {
      const text = read(file);
      for (const m of text.matchAll(/createElement\(\s*'([a-z][\w-]*)'/g)) created.add(m[1]!);
      for (const m of text.matchAll(/(?:TAG|_TAG)\s*=\s*'([a-z][\w-]*)'/g)) created.add(m[1]!);
    }
    const custom = [...created].filter((t) => t.includes('-'));
    expect(custom.length).toBeGreaterThan(2);
    expect(custom.filter((t) => !t.startsWith(OWN_TAG_PREFIX))).toEqual([]);
  });

  it('every walker skips every ClaimLens element: extraction, note anchoring, the page watch', () => {
    const tags = ['claimlens-badge', 'claimlens-card', 'claimlens-overlay', 'claimlens-note-editor', 'claimlens-anything-new'];
    const { document } = parseHTML(
      `<html><body><article><p id="p">Torkham stayed shut for weeks after the clashes along the Durand Line in October. ${tags
        .map((t) => `<${t}>SECRET ${t}</${t}>`)
        .join('')}</p></article></body></html>`,
    );
    const doc = document as unknown as Document;
    const extracted = extractPage(doc)
      .blocks.map((b) => b.text)
      .join(' ');
    const indexed = indexText(doc.body).text;
    const ours = tags.map((t) => doc.querySelector(t)!);
    const added = foreignTextAdded([{ type: 'childList', addedNodes: ours, target: doc.body } as unknown as MutationRecord]);
    const textChanges = ours.map((el) => ({ type: 'characterData', target: el.firstChild, addedNodes: [] }) as unknown as MutationRecord);
    const changed = new Set<Node>();
    changedNodes(textChanges, changed);
    expect({
      extracted: extracted.includes('SECRET'),
      indexed: indexed.includes('SECRET'),
      added,
      textChanged: foreignTextAdded(textChanges),
      changed: changed.size,
    }).toEqual({ extracted: false, indexed: false, added: 0, textChanged: 0, changed: 0 });
    // The page's own text is read: the test can fail.
    expect(extracted).toContain('Torkham stayed shut');
  });
});

describe('entrypoints', () => {
  it('stay thin: wiring only, a few lines that import from lib/ or components/', () => {
    const problems: string[] = [];
    for (const file of files('entrypoints')) {
      const code = read(file)
        .split('\n')
        .filter((l) => l.trim() && !/^\s*(\/\/|\/\*|\*)/.test(l));
      if (code.length > 12) problems.push(`${file}: ${code.length} lines of code`);
      for (const m of read(file).matchAll(/from\s+'([^']+)'/g)) {
        if (!/^(@\/(lib|components|data)\/|\.\/|preact$|wxt\/)/.test(m[1]!)) problems.push(`${file} imports ${m[1]}`);
      }
      if (/\b(function|class)\s+\w+|addEventListener|querySelector/.test(read(file)))
        problems.push(`${relative(ROOT, join(ROOT, file))} holds logic`);
    }
    expect(problems).toEqual([]);
  });
});
