import type { {{Entity}} } from './{{entity}}.js';

/** The port the application stores {{entity}} aggregates through (its adapter is TypeORM). */
export abstract class {{Entity}}Repository {
  abstract findById(id: string): Promise<{{Entity}} | null>;
  /** Stores a new {{entity}} and the events it recorded, in one transaction. */
  abstract add({{entityCamel}}: {{Entity}}): Promise<void>;
}
