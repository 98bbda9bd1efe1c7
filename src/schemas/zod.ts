import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// zod with `.openapi()` metadata, so the OpenAPI document comes from the schemas that validate.
extendZodWithOpenApi(z);

export { z };
