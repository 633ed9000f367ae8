import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Relative links of Markdown files, checked the way GitHub renders them: the file or folder
 * must exist, and a `#fragment` into a Markdown file must name one of its headings.
 */
export interface BrokenLink {
  file: string;
  target: string;
  reason: string;
}

/** Fenced code blocks and inline code hold text that looks like links and headings but is not. */
function withoutCode(markdown: string): string {
  return markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, '')
    .replace(/(`+)[\s\S]*?\1/g, '');
}

/** GitHub's heading ids (github-slugger): lower case, punctuation dropped, spaces to hyphens. */
export function headingSlugs(markdown: string): Set<string> {
  const slugs = new Set<string>();
  const seen = new Map<string, number>();
  const withoutFences = markdown.replace(
    /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm,
    '',
  );
  for (const [, raw] of withoutFences.matchAll(/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm)) {
    const text = raw
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[`*]/g, '');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    slugs.add(count === 0 ? base : `${base}-${count}`);
  }
  return slugs;
}

/** The targets of inline links and images: `[text](target "title")`, `<target>` allowed. */
export function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  for (const [, inside] of withoutCode(markdown).matchAll(/!?\[[^\]]*\]\(([^)]*)\)/g)) {
    const target = inside
      .trim()
      .replace(/^<([^>]*)>.*$/, '$1')
      .split(/\s+/)[0];
    if (target) targets.push(target);
  }
  return targets;
}

/** Every relative link of `files` (paths under `root`) that leads nowhere. */
export function brokenLinks(root: string, files: string[]): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const slugsOf = new Map<string, Set<string>>();
  const slugs = (path: string) => {
    if (!slugsOf.has(path)) slugsOf.set(path, headingSlugs(readFileSync(path, 'utf8')));
    return slugsOf.get(path)!;
  };
  for (const file of files) {
    const source = join(root, file);
    for (const target of linkTargets(readFileSync(source, 'utf8'))) {
      // Other sites, mail and the API's own pages (served, not files) are not checked here.
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
      const [path, fragment] = target.split('#', 2);
      const destination = path ? join(dirname(source), decodeURI(path)) : source;
      if (!existsSync(destination)) {
        broken.push({ file, target, reason: `no file ${relative(root, destination)}` });
      } else if (fragment !== undefined && statSync(destination).isFile()) {
        if (!destination.endsWith('.md')) continue;
        if (!slugs(destination).has(decodeURIComponent(fragment))) {
          broken.push({ file, target, reason: `no heading #${fragment}` });
        }
      }
    }
  }
  return broken;
}
