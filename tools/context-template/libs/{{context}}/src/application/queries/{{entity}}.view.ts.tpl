import type { {{Entity}}OrmEntity } from '../../infrastructure/{{entity}}.orm-entity.js';

export interface {{Entity}}View {
  id: string;
  name: string;
  createdAt: string;
}

export function to{{Entity}}View(row: {{Entity}}OrmEntity): {{Entity}}View {
  return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString() };
}
