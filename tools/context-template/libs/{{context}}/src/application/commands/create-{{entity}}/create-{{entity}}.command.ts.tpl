import { Command } from '@nestjs/cqrs';
import type { New{{Entity}}Input } from '../../../domain/{{entity}}.js';

/** Creates a {{entity}}; resolves to its id. */
export class Create{{Entity}}Command extends Command<string> {
  constructor(readonly input: New{{Entity}}Input) {
    super();
  }
}
