import { TimestampColumn } from '@app/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FormField } from '../domain/form-field.js';
import type { ValidationRule } from '../domain/validation-rule.js';

@Entity('lead_forms')
export class FormOrmEntity {
  /** A UUIDv7, or the id of an edited built-in form (`contact`). */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'jsonb' })
  fields!: FormField[];

  @Column({ name: 'validation_rules', type: 'jsonb' })
  validationRules!: ValidationRule[];

  @Column({ name: 'honeypot_field', type: 'varchar', length: 50 })
  honeypotField!: string;

  @Column({ name: 'phone_country', type: 'varchar', length: 2, nullable: true })
  phoneCountry!: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
