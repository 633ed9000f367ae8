import { ApiParam } from '@nestjs/swagger';

/** The `{id}` path parameter of a resource named by a UUIDv7, typed and with an example. */
export const ApiIdParam = (description: string) =>
  ApiParam({
    name: 'id',
    description,
    schema: { type: 'string', format: 'uuid', example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b' },
  });
