import { Query } from '@nestjs/cqrs';
import type { {{Entity}}View } from '../{{entity}}.view.js';

export class Get{{Entity}}Query extends Query<{{Entity}}View> {
  constructor(readonly {{entityCamel}}Id: string) {
    super();
  }
}
