import { {{Entity}} } from '../domain/{{entity}}.js';
import { {{Entity}}OrmEntity } from './{{entity}}.orm-entity.js';

export function {{entityCamel}}FromRow(row: {{Entity}}OrmEntity): {{Entity}} {
  return {{Entity}}.restore({ ...row });
}

export function {{entityCamel}}ToRow({{entityCamel}}: {{Entity}}): {{Entity}}OrmEntity {
  return Object.assign(new {{Entity}}OrmEntity(), {{entityCamel}}.snapshot);
}
