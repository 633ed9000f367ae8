import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsOptional, IsString, ValidateIf } from 'class-validator';
import { FIELD_TYPES } from '../../domain/form-field.js';
import { RULE_TYPES } from '../../domain/validation-rule.js';

/** Documents a field; the domain checks each one (paths like fields.2.type in errors[]). */
export class FormFieldDto {
  @ApiProperty({
    description: 'Input name: a-z, 0-9 and _, starting with a letter.',
    example: 'budget',
  })
  name!: string;

  @ApiProperty({ enum: FIELD_TYPES, example: 'select' })
  type!: string;

  @ApiPropertyOptional({
    description: 'What people see next to the input.',
    example: 'Budget',
    type: String,
    nullable: true,
  })
  label?: string | null;

  @ApiPropertyOptional({
    description: 'The choices of a select field (and only of one).',
    example: ['< 1k', '1k-10k', '> 10k'],
    type: [String],
    nullable: true,
  })
  options?: string[] | null;
}

export class ValidationRuleDto {
  @ApiProperty({ description: 'The field the rule applies to.', example: 'company' })
  field!: string;

  @ApiProperty({ enum: RULE_TYPES, example: 'min_length' })
  rule!: string;

  @ApiPropertyOptional({
    description:
      'none for required; characters for min_length/max_length; a number for min/max (number fields); a regular expression in RE2 syntax (no backreferences or lookaround) the whole value, at most 1000 characters, must match for pattern; a list for one_of.',
    example: 2,
    oneOf: [{ type: 'number' }, { type: 'string' }, { type: 'array', items: { type: 'string' } }],
  })
  value?: number | string | string[] | null;

  @ApiPropertyOptional({
    description: 'The error shown when the rule fails; a default is written when absent.',
    example: 'Please tell us your company name.',
  })
  message?: string;
}

export class CreateFormDto {
  @ApiProperty({ description: 'Form name, 1 to 200 characters.', example: 'Demo request' })
  @IsString()
  name!: string;

  @ApiProperty({
    type: [FormFieldDto],
    description:
      '1 to 50 fields. Fields named email and phone must have those types; first_name, last_name, company, job_title and message feed the lead profile and its score.',
  })
  @IsArray()
  fields!: FormFieldDto[];

  @ApiPropertyOptional({ type: [ValidationRuleDto], description: 'The rules, checked in order.' })
  @IsOptional()
  @IsArray()
  validationRules?: ValidationRuleDto[];

  @ApiPropertyOptional({
    description: 'The hidden field only bots fill in.',
    default: 'website',
    example: 'website',
  })
  @IsOptional()
  @IsString()
  honeypotField?: string;

  @ApiPropertyOptional({
    description:
      'ISO 3166-1 alpha-2 country assumed for phone numbers written without +country code.',
    example: 'GB',
    type: String,
    nullable: true,
  })
  @IsOptional()
  @IsString()
  phoneCountry?: string | null;
}

const present = (_object: object, value: unknown) => value !== undefined;

/** Only the keys sent change; lists are replaced whole. */
export class UpdateFormDto {
  @ApiPropertyOptional({ example: 'Demo request (EU)' })
  @ValidateIf(present)
  @IsString()
  name?: string;

  @ApiPropertyOptional({ type: [FormFieldDto] })
  @ValidateIf(present)
  @IsArray()
  fields?: FormFieldDto[];

  @ApiPropertyOptional({ type: [ValidationRuleDto], description: 'null or [] removes every rule.' })
  @IsOptional()
  @IsArray()
  validationRules?: ValidationRuleDto[] | null;

  @ApiPropertyOptional({ example: 'website' })
  @ValidateIf(present)
  @IsString()
  honeypotField?: string;

  @ApiPropertyOptional({
    example: 'US',
    type: String,
    nullable: true,
    description: 'null: no default country.',
  })
  @IsOptional()
  @IsString()
  phoneCountry?: string | null;
}

export class FormResponse {
  @ApiProperty({
    description: '`contact` for the built-in form, else a UUIDv7.',
    example: 'contact',
  })
  id!: string;

  @ApiProperty({ example: 'Contact' })
  name!: string;

  @ApiProperty({ description: 'Built in: it always exists.', example: true })
  builtIn!: boolean;

  @ApiProperty({ type: [FormFieldDto] })
  fields!: FormFieldDto[];

  @ApiProperty({ type: [ValidationRuleDto] })
  validationRules!: ValidationRuleDto[];

  @ApiProperty({ example: 'website' })
  honeypotField!: string;

  @ApiProperty({ nullable: true, type: String, example: null })
  phoneCountry!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'null for a built-in form never edited.',
    example: '2026-11-26T09:00:00.000Z',
  })
  createdAt!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '2026-11-26T09:00:00.000Z' })
  updatedAt!: string | null;
}

export class FormListResponse {
  @ApiProperty({ type: [FormResponse] })
  data!: FormResponse[];
}
