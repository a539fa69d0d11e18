import type { Rule } from '../../../rules/registry.js';
import type { EnvModel } from '../model.js';
import { dotenvDuplicateKey } from './dotenv-duplicate-key.js';
import { dotenvInvalidLine } from './dotenv-invalid-line.js';
import { dotenvLeadingCharacter } from './dotenv-leading-character.js';
import { dotenvLowercaseKey } from './dotenv-lowercase-key.js';
import { dotenvMissingFinalNewline } from './dotenv-missing-final-newline.js';
import { dotenvSpaceAroundEquals } from './dotenv-space-around-equals.js';
import { dotenvTrailingWhitespace } from './dotenv-trailing-whitespace.js';
import { dotenvUnquotedSpace } from './dotenv-unquoted-space.js';
import { envDistinctUnverified } from './env-distinct-unverified.js';
import { envFileSkipped } from './env-file-skipped.js';
import { envForbiddenValue } from './env-forbidden-value.js';
import { envInvalidValue } from './env-invalid-value.js';
import { envMissing } from './env-missing.js';
import { envSecretCommitted } from './env-secret-committed.js';
import { envSharedSecret } from './env-shared-secret.js';
import { envSourceError } from './env-source-error.js';
import { envUndeclaredUse } from './env-undeclared-use.js';
import { envUnused } from './env-unused.js';

/** Every rule of the env check; adding one is one file and one line here. */
export const ENV_RULES: readonly Rule<EnvModel>[] = [
  envMissing,
  envInvalidValue,
  envForbiddenValue,
  envSharedSecret,
  envUndeclaredUse,
  envUnused,
  envSecretCommitted,
  envSourceError,
  envDistinctUnverified,
  envFileSkipped,
  dotenvDuplicateKey,
  dotenvInvalidLine,
  dotenvLowercaseKey,
  dotenvSpaceAroundEquals,
  dotenvUnquotedSpace,
  dotenvLeadingCharacter,
  dotenvTrailingWhitespace,
  dotenvMissingFinalNewline,
];
