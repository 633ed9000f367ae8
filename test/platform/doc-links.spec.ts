import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, headingSlugs } from '../support/markdown-links.js';

/** The README and every page under docs/, as paths from the repository's root. */
function documentation(root: string): string[] {
  const pages = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .map((path) => join('docs', path));
  return ['README.md', ...pages.sort()];
}

describe('the documentation', () => {
  it('has no relative link to a missing file or heading, in README.md or under docs/', () => {
    const root = process.cwd();
    const pages = documentation(root);
    expect(pages).toContain('docs/api/README.md');
    expect(brokenLinks(root, pages)).toEqual([]);
  });
});

describe('the link check', () => {
  const root = mkdtempSync(join(tmpdir(), 'doc-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names heading ids as GitHub does', () => {
    const slugs = headingSlugs(
      [
        '# Clicks (bench:click)',
        "## The dimensional rollup's cost",
        '## A debug `SECRET_KEY` that survives (issue 18)',
        '## Notes',
        '## Notes',
        '```md',
        '## Not a heading',
        '```',
      ].join('\n'),
    );
    expect([...slugs]).toEqual([
      'clicks-benchclick',
      'the-dimensional-rollups-cost',
      'a-debug-secret_key-that-survives-issue-18',
      'notes',
      'notes-1',
    ]);
  });

  it('reports a missing file, a missing heading and nothing else', () => {
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'page.md'), '# Page\n\n## Rate limits\n');
    writeFileSync(
      join(root, 'README.md'),
      [
        '[fine](docs/page.md), [fine too](docs/page.md#rate-limits), [folder](docs/), [here](#top)',
        '[gone](docs/gone.md) and [no such part](docs/page.md#rate-limit)',
        '[elsewhere](https://example.com/x.md#y) and `[code](not/checked.md)`',
        '# Top',
      ].join('\n'),
    );
    expect(brokenLinks(root, ['README.md', 'docs/page.md'])).toEqual([
      { file: 'README.md', target: 'docs/gone.md', reason: 'no file docs/gone.md' },
      { file: 'README.md', target: 'docs/page.md#rate-limit', reason: 'no heading #rate-limit' },
    ]);
  });
});
