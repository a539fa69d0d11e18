// Types for the generated standalone validator (schema-validator.generated.js).
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export default validate;
export { validate };
