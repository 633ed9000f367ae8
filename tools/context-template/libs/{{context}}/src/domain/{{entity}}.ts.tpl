import { AggregateRoot, ValidationCollector } from '@app/kernel';
import { {{Context}}ErrorCode, invalid{{Entity}}Field } from './{{context}}.errors.js';
import { {{Entity}}CreatedEvent } from './events/{{entity}}-created.event.js';

export interface {{Entity}}Props {
  id: string;
  name: string;
  createdAt: Date;
}

export interface New{{Entity}}Input {
  name: string;
}

/** The {{context}} context's first aggregate: grow its rules here, in plain TypeScript. */
export class {{Entity}} extends AggregateRoot {
  private constructor(private readonly props: {{Entity}}Props) {
    super();
  }

  static create(input: New{{Entity}}Input, id: string, now: Date): {{Entity}} {
    const checks = new ValidationCollector();
    const name = checks.check(() => {{entityCamel}}Name(input.name));
    checks.throwIfAny({{Context}}ErrorCode.Invalid{{Entity}}, 'The {{entity}} is invalid.');
    const created = new {{Entity}}({ id, name: name!, createdAt: now });
    created.record(new {{Entity}}CreatedEvent({ {{entityCamel}}Id: id }, { occurredAt: now }));
    return created;
  }

  static restore(props: {{Entity}}Props): {{Entity}} {
    return new {{Entity}}({ ...props });
  }

  get id(): string {
    return this.props.id;
  }

  get snapshot(): Readonly<{{Entity}}Props> {
    return this.props;
  }
}

function {{entityCamel}}Name(value: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length < 1 || text.length > 200)
    throw invalid{{Entity}}Field('name', 'name must be 1 to 200 characters long.');
  return text;
}
