import fc from 'fast-check';

/** One hostile value, with the kind it counts under and a short label for failure reports. */
export interface Hostile {
  kind: string;
  label: string;
  value: unknown;
}

/** A JSON literal written into a body exactly as given: numbers JSON.stringify cannot write. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** The seed of every generated value: a failure names the same inputs on every run. */
export const SEED = 20261126;

const of = (kind: string, values: Record<string, unknown>): Hostile[] =>
  Object.entries(values).map(([label, value]) => ({ kind, label, value }));

/** Strings longer than any column, and one just under the default 1 MB body limit. */
export const HUGE_STRINGS = of('huge', {
  '10k chars': 'x'.repeat(10_000),
  '10k emoji': '😀'.repeat(5_000),
});
export const MEGABYTE_STRING: Hostile = {
  kind: 'huge',
  label: '1M chars',
  value: 'y'.repeat(1_000_000),
};

export const UNICODE = of('unicode', {
  empty: '',
  blank: '   ',
  emoji: '👩‍👩‍👧‍👦🏳️‍🌈💥',
  'RTL override': '\u202Eevil.example\u202C',
  'right-to-left text': 'مرحبا بالعالم',
  'lone high surrogate': 'a\uD800b',
  'lone low surrogate': '\uDC00tail',
  NUL: 'a\u0000b',
  'only NUL': '\u0000',
  'combining marks': 'Z\u0351\u0352\u0353a\u0301\u0302\u0303',
  'zero-width': '\u200B\u200C\u200D\uFEFF',
  'CRLF header injection': 'x\r\nSet-Cookie: hacked=1',
  'fullwidth letters': 'ｅｖｉｌ．ｅｘａｍｐｌｅ',
  'C1 controls': '\u0085\u009B\u001B[31m',
  'last code point': '\u{10FFFF}',
});

export const INJECTION = of('injection', {
  'SQL quote': "' OR '1'='1",
  'SQL stacked': "'; DROP TABLE campaigns; --",
  'SQL sleep': "1' AND pg_sleep(2)--",
  'SQL comment': '*/ UNION SELECT * FROM api_keys /*',
  'NoSQL operator': '{"$gt": ""}',
  'path traversal': '../../../../etc/passwd',
  'encoded traversal': '..%2F..%2F..%2Fetc%2Fpasswd',
  'template mustache': '{{7*7}}',
  'template literal': '${7*7}',
  'template erb': '<%= 7*7 %>',
  'template macro': '{click_id}{sub1}',
  'HTML script': '<script>alert(1)</script>',
  'javascript URL': 'javascript:alert(1)',
  'format string': '%s%s%s%n%x',
  'lone percent': '%',
  'bad escape': '%zz%',
  backslashes: '\\\\evil\\x00',
  'proto key': '__proto__',
  'inherited key': 'constructor',
  'inherited method': 'toString',
  'LDAP wildcard': '*)(uid=*',
  'regex bomb': `${'a'.repeat(40)}!`,
});

export const NUMBER_LIKE_TEXT = of('number-text', {
  NaN: 'NaN',
  Infinity: 'Infinity',
  '-Infinity': '-Infinity',
  '1e400': '1e400',
  '-1': '-1',
  zero: '0',
  hex: '0x10',
  'digits with underscore': '1_000',
  '400 nines': '9'.repeat(400),
  'padded number': ' 12 ',
  'decimal comma': '12,5',
  'plus sign': '+5',
});

/** Numbers for number fields: JSON values, and literals JSON.parse turns into odd doubles. */
export const NUMBERS = of('number', {
  '-1': -1,
  '0': 0,
  '1': 1,
  '-0': new RawJson('-0'),
  '0.1+0.2': 0.1 + 0.2,
  '1e308': 1e308,
  '-1e308': -1e308,
  'smallest double': 5e-324,
  '2^53+1': new RawJson('9007199254740993'),
  '30 digits': new RawJson('123456789012345678901234567890'),
  '1e400 (Infinity)': new RawJson('1e400'),
  '-1e400': new RawJson('-1e400'),
  '1e-400 (zero)': new RawJson('1e-400'),
  'many decimals': 12.3456789,
  'number as text': '12.5',
});

export const DATES = of('date', {
  'year 0': '0000-01-01T00:00:00Z',
  'year -1': '-000001-01-01T00:00:00Z',
  'year 99999': '99999-01-01T00:00:00Z',
  'beyond Date': '+275760-09-13T00:00:01Z',
  'last ms of 9999': '9999-12-31T23:59:59.999Z',
  'year 10000 in UTC': '9999-12-31T23:00:00-05:00',
  'year 1': '0001-01-01T00:00:00Z',
  'year 1 before UTC': '0001-01-01T00:00:00+01:00',
  'February 30': '2026-02-30T00:00:00Z',
  'February 29 of a common year': '2026-02-29T00:00:00Z',
  'month 13': '2026-13-01T00:00:00Z',
  'hour 24': '2026-01-01T24:00:00Z',
  'leap second': '2026-06-30T23:59:60Z',
  'offset +25:00': '2026-01-01T00:00:00+25:00',
  'offset +14:00': '2026-01-01T00:00:00+14:00',
  'date only': '2026-01-01',
  'no offset': '2026-01-01T00:00:00',
  epoch: '1970-01-01T00:00:00Z',
  'before epoch': '1969-12-31T23:59:59Z',
  'week date': '2026-W01-1T00:00:00Z',
  'ordinal date': '2026-001T00:00:00Z',
  'unix seconds': '1764115200',
  word: 'yesterday',
  nanoseconds: '2026-01-01T00:00:00.123456789Z',
});

/** Values of the wrong JSON type for any field. */
export const WRONG_TYPES = of('wrong-type', {
  null: null,
  true: true,
  '42': 42,
  text: 'text',
  'empty array': [],
  'empty object': {},
  'array of null': [null],
  'nested arrays': [[[]]],
  'NoSQL object': { $gt: '' },
  'proto object': { constructor: { name: 'x' } },
});

/** Values aimed at what a field holds, chosen by its name. */
const BY_NAME: [RegExp, Hostile[]][] = [
  [
    /email/i,
    of('email', {
      'no domain': 'ada@',
      'no local part': '@example.com',
      'local host': 'ada@localhost',
      'IP literal': 'ada@[127.0.0.1]',
      'quoted local part': '"ada lovelace"@example.com',
      'over 254 chars': `${'a'.repeat(250)}@example.com`,
      'fullwidth at': 'ada＠example.com',
      'unicode domain': 'ada@例え.jp',
      'trailing newline': 'ada@example.com\n',
      'two ats': 'ada@b@example.com',
    }),
  ],
  [
    /phone/i,
    of('phone', {
      'too many digits': '+999999999999999999',
      'only plus': '+',
      'double plus': '++14155552671',
      'arabic digits': '+١٤١٥٥٥٥٢٦٧١',
      'long extension': `+14155552671 ext. ${'9'.repeat(40)}`,
      letters: '+1-800-FLOWERS',
      'country code ZZ': 'ZZ',
    }),
  ],
  [
    /url$/i,
    of('url', {
      'unclosed IPv6': 'http://[::1',
      'macro in host': 'https://{sub1}.example.com/',
      'port 99999': 'http://example.com:99999/',
      credentials: 'https://user:pass@example.com/',
      'space in host': 'https://exa mple.com/',
      'unicode host': 'https://例え.jp/',
      'data URL': 'data:text/html,<script>alert(1)</script>',
      'file URL': 'file:///etc/passwd',
      'protocol-relative': '//evil.example/',
      'unknown macro': 'https://example.com/?x={sub9}',
      'over 2048 chars': `https://example.com/${'a'.repeat(3000)}`,
    }),
  ],
  [
    /currency/i,
    of('currency', {
      lower: 'usd',
      'no currency': 'XXX',
      testing: 'XTS',
      unknown: 'ABC',
      'two letters': 'US',
      'four letters': 'USDD',
    }),
  ],
  [
    /countr/i,
    of('country', { 'user-assigned': 'ZZ', 'alpha-3': 'USA', lower: 'us', kosovo: 'XK' }),
  ],
  [
    /^value$|pattern/i,
    of('pattern', {
      'nested repetition': '(a+)+$',
      'unclosed class': '[',
      'bad group': '(?<n>',
      'trailing backslash': '\\',
      'huge repetition': 'a{1,99999999}',
      // Form patterns run on RE2: exponential in JavaScript, refused syntax, too large a program.
      'exponential in JavaScript': '(\\w|\\d)*!',
      backreference: '(a)\\1',
      lookahead: '(?=a)a',
      lookbehind: '(?<=a)b',
      'huge program': '(.?){1000}.{1000}',
    }),
  ],
];

/** The name-specific values for a field or parameter called `name`. */
export function valuesForName(name: string): Hostile[] {
  return BY_NAME.filter(([pattern]) => pattern.test(name)).flatMap(([, values]) => values);
}

/** Strings no table thought of: full-range code units from fast-check, the same every run. */
export const GENERATED_STRINGS: Hostile[] = fc
  .sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), { seed: SEED, numRuns: 6 })
  .map((value, index) => ({ kind: 'generated', label: `generated string ${index}`, value }));

/** Arbitrary JSON values from fast-check, put where a field's value goes. */
export const GENERATED_JSON: Hostile[] = fc
  .sample(fc.jsonValue({ maxDepth: 3 }), { seed: SEED, numRuns: 6 })
  .map((value, index) => ({ kind: 'generated', label: `generated JSON ${index}`, value }));
