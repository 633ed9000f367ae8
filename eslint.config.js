// ESLint flat config (ESM). Fast on purpose: typescript-eslint's recommended rules without type
// information. The architecture rules that need resolved paths (layers, public faces, cycles)
// live in .dependency-cruiser.cjs; here are the ones an import string alone can decide.
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/** A context is imported only through its public face `@app/<name>`, never `@app/<name>/...`. */
const DEEP_ALIAS = {
  regex: '^@app/[^/]+/',
  message:
    'Import another library only through its public face `@app/<name>` (its index.ts), never a deep path (ARCHITECTURE.md, rule 2).',
};

/** What the plain-TypeScript domain must not touch (ARCHITECTURE.md, rule 1). */
const DOMAIN_MESSAGE =
  'domain/ is plain TypeScript: no Nest, ORM, validation, HTTP or database driver imports (ARCHITECTURE.md, rule 1). Put it in application/, infrastructure/ or http/.';
const DOMAIN_FORBIDDEN = [
  { regex: '^(@nestjs|@fastify)/', message: DOMAIN_MESSAGE },
  {
    regex: '^(typeorm|class-validator|class-transformer|fastify|pg|better-sqlite3)(/|$)',
    message: DOMAIN_MESSAGE,
  },
];

export default defineConfig(
  globalIgnores(['**/dist/', '**/node_modules/', '**/coverage/', '**/data/', '.test-results/']),

  ...tseslint.configs.recommended,

  {
    name: 'house/defaults',
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Ordinary NestJS code: modules are empty decorated classes, providers have constructors
      // made only of parameter properties, DTOs extend mapped types with empty bodies.
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-useless-constructor': 'off',
      'no-useless-constructor': 'off',
      '@typescript-eslint/no-empty-function': 'off',
      '@typescript-eslint/parameter-properties': 'off',
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
      // Never turn on consistent-type-imports here: with emitDecoratorMetadata a class imported
      // as a type vanishes from the metadata, and Nest's dependency injection breaks silently.
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [DEEP_ALIAS] }],
    },
  },

  {
    name: 'house/domain-is-plain-typescript',
    files: ['libs/*/src/domain/**/*.ts'],
    rules: {
      // Repeats DEEP_ALIAS: a later block replaces a rule's options, it does not merge them.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [DEEP_ALIAS, ...DOMAIN_FORBIDDEN] },
      ],
    },
  },

  {
    name: 'house/commonjs-config-files',
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
    },
  },

  // Last: switches off the stylistic rules that would fight Prettier.
  prettier,
);
