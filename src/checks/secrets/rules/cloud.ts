import { judgePemText } from './private-keys.js';
import { contextPattern, tokenRule, type SecretRule } from '../rule.js';
import { shannonEntropy } from '../entropy.js';

/** Cloud and hosting providers: documented key prefixes, or a provider keyword before a value of the key's shape. */

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export const CLOUD_RULES: readonly SecretRule[] = [
  tokenRule({
    id: 'aws-access-key-id', family: 'cloud', name: 'AWS access key ID',
    keywords: ['akia', 'asia', 'abia', 'acca'],
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g,
    docs: {
      form: 'AKIA<16 base32>', unsafe: 'aws_access_key_id = {secret}',
      rotate: 'Deactivate and delete the key in IAM (Users → Security credentials), and create a new one if it is still needed.',
      detection: 'Long-term (AKIA) and temporary (ASIA) key IDs. The ID alone cannot sign requests, but the secret key is rarely far away. AWS\'s documented example key (…EXAMPLE) is skipped.',
    },
  }),
  tokenRule({
    id: 'aws-secret-access-key', family: 'cloud', name: 'AWS secret access key',
    keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'aws-secret', 'awssecret'],
    pattern: contextPattern('aws_?secret_?(?:access_?)?key|secret_?access_?key|aws-secret-access-key|secret-access-key', '[A-Za-z0-9/+]{40}'),
    minEntropy: 4,
    docs: {
      form: '<40 base64>', unsafe: 'aws_secret_access_key = {secret}',
      rotate: 'Deactivate and delete the access key in IAM and create a new one; check CloudTrail for use you do not recognise.',
      detection: 'A 40-character base64 value after a name such as `aws_secret_access_key` or `AWS_SECRET_ACCESS_KEY`.',
    },
  }),
  tokenRule({
    id: 'aws-session-token', family: 'cloud', name: 'AWS session token',
    keywords: ['aws_session_token', 'awssessiontoken', 'x-amz-security-token', 'aws-session-token'],
    pattern: contextPattern('aws_?session_?token|aws-session-token|x-amz-security-token', '[A-Za-z0-9/+=]{100,}'),
    minEntropy: 4, allowInBlob: true,
    docs: {
      form: '<300 base64>', unsafe: 'AWS_SESSION_TOKEN={secret}',
      rotate: 'Session tokens expire, but revoke the role\'s active sessions (IAM → Roles → Revoke sessions) if it may still be valid.',
    },
  }),
  tokenRule({
    id: 'aws-mws-auth-token', family: 'cloud', name: 'Amazon MWS auth token',
    keywords: ['amzn.mws.'],
    pattern: new RegExp(`\\bamzn\\.mws\\.${UUID}\\b`, 'g'),
    docs: { form: 'amzn.mws.<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', rotate: 'Revoke the developer\'s access in Seller Central (Apps and Services → Manage Your Apps) and authorise again.' },
  }),
  tokenRule({
    id: 'gcp-api-key', family: 'cloud', name: 'Google API key',
    keywords: ['aiza'],
    pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g,
    docs: {
      form: 'AIza<35 base64url>',
      rotate: 'Delete or regenerate the key in Google Cloud console → APIs & Services → Credentials, and restrict the new key to the APIs and referrers that need it.',
      detection: 'Browser keys are public by design but still need API and referrer restrictions; review it rather than allow it blindly.',
    },
  }),
  tokenRule({
    id: 'gcp-service-account-key', family: 'cloud', name: 'Google Cloud service account key',
    keywords: ['private_key"'],
    pattern: /\\?"private_key\\?"\s*:\s*\\?"(?<secret>-----BEGIN PRIVATE KEY-----(?:\\{1,2}n|\\{1,2}r)+[A-Za-z0-9+/=\\nr]{100,}?-----END PRIVATE KEY-----(?:\\{1,2}n)?)\\?"/g,
    minEntropy: 0, allowInBlob: true,
    validate: (secret) => {
      const body = secret.replace(/-----(?:BEGIN|END) PRIVATE KEY-----/g, '').replace(/\\+[nr]/g, '');
      return body.startsWith('M') && shannonEntropy(body) > 4.5;
    },
    docs: {
      form: '-----BEGIN PRIVATE KEY-----\\n<1600 base64>\\n-----END PRIVATE KEY-----\\n',
      unsafe: '"private_key": "{secret}",',
      rotate: 'Delete the key under IAM → Service accounts → Keys; prefer Workload Identity Federation (no key at all) for CI and workloads.',
      detection: 'The `private_key` field of a service-account JSON file, with a real-looking PKCS#8 body.',
    },
  }),
  tokenRule({
    id: 'gcp-oauth-client-secret', family: 'cloud', name: 'Google OAuth client secret',
    keywords: ['gocspx-'],
    pattern: /\bGOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/g,
    docs: { form: 'GOCSPX-<28 base64url>', rotate: 'Add a new secret to the OAuth client in Google Cloud console → Credentials, deploy it, then disable and delete the old one.' },
  }),
  tokenRule({
    id: 'google-oauth-access-token', family: 'cloud', name: 'Google OAuth access token',
    keywords: ['ya29.'],
    pattern: /\bya29\.[0-9A-Za-z_-]{30,}/g,
    docs: { form: 'ya29.<120 base64url>', rotate: 'Access tokens expire within an hour; revoke it at https://oauth2.googleapis.com/revoke if it may still be valid, and find what logged or stored it.' },
  }),
  tokenRule({
    id: 'google-oauth-refresh-token', family: 'cloud', name: 'Google OAuth refresh token',
    keywords: ['1//0'],
    pattern: /(?<![A-Za-z0-9_/-])1\/\/0[0-9A-Za-z_-]{40,}/g,
    docs: { form: '1//0<100 base64url>', rotate: 'Revoke the grant (myaccount.google.com → Security → Third-party access, or the revoke endpoint) and sign in again.' },
  }),
  tokenRule({
    id: 'firebase-cloud-messaging-server-key', family: 'cloud', name: 'Firebase Cloud Messaging server key',
    keywords: [':apa91b'],
    pattern: /\bAAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}(?![A-Za-z0-9_-])/g,
    docs: { form: 'AAAA<7 base64url>:APA91b<134 base64url>', rotate: 'Legacy server keys are retired: delete it in the Firebase console and move to the HTTP v1 API with a service account.' },
  }),
  tokenRule({
    id: 'azure-storage-connection-string', family: 'cloud', name: 'Azure storage or Cosmos DB account key',
    keywords: ['accountkey='],
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/gi,
    minEntropy: 4,
    docs: {
      form: '<86 base64>==', unsafe: 'DefaultEndpointsProtocol=https;AccountName=opsportal;AccountKey={secret};EndpointSuffix=core.windows.net',
      rotate: 'Rotate the key in the portal (Storage account → Access keys → Rotate key) after moving clients to the other key, or better, to Microsoft Entra ID auth.',
    },
  }),
  tokenRule({
    id: 'azure-storage-account-key', family: 'cloud', name: 'Azure storage account key',
    keywords: ['azure', 'storage'],
    pattern: contextPattern('azure[\\w.-]{0,20}key|storage[_.-]?(?:account[_.-]?)?key', '[A-Za-z0-9+/]{86}=='),
    minEntropy: 4,
    docs: { form: '<86 base64>==', unsafe: 'AZURE_STORAGE_KEY={secret}', rotate: 'Rotate the key in the portal (Storage account → Access keys) after moving clients to the other key.' },
  }),
  tokenRule({
    id: 'azure-sas-token', family: 'cloud', name: 'Azure shared access signature',
    keywords: ['sig='],
    pattern: /[?&;]sv=\d{4}-\d{2}-\d{2}&[^\s"'<>]*?\bsig=(?<secret>[A-Za-z0-9%+/]{40,}(?:%3D|=)*)/gi,
    docs: {
      form: '<43 base64>%3D', unsafe: 'https://opsportal.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sig={secret}',
      rotate: 'A SAS cannot be revoked by itself: rotate the account key that signed it, or revoke the stored access policy it references; issue short-lived user-delegation SAS instead.',
    },
  }),
  tokenRule({
    id: 'azure-service-bus-key', family: 'cloud', name: 'Azure Service Bus or Event Hubs shared access key',
    keywords: ['sharedaccesskey='],
    pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)/gi,
    docs: {
      form: '<43 base64>=', unsafe: 'Endpoint=sb://ops.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={secret}',
      rotate: 'Regenerate the key of that shared access policy (Shared access policies → Regenerate), or switch to Microsoft Entra ID auth.',
    },
  }),
  tokenRule({
    id: 'azure-ad-client-secret', family: 'cloud', name: 'Microsoft Entra ID (Azure AD) client secret',
    keywords: ['q~'],
    pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
    docs: { form: '<3 base62>8Q~<34 base62>', rotate: 'Delete the secret under App registrations → Certificates & secrets and add a new one; prefer a certificate or federated credentials.' },
  }),
  tokenRule({
    id: 'azure-app-configuration-connection-string', family: 'cloud', name: 'Azure App Configuration connection string',
    keywords: ['azconfig.io'],
    pattern: /Endpoint=https:\/\/[a-z0-9-]+\.azconfig\.io;Id=[^;\s]+;Secret=(?<secret>[A-Za-z0-9+/]{40,}={0,2})/g,
    docs: { form: '<44 base64>', unsafe: 'Endpoint=https://ops.azconfig.io;Id=ab12-cd-0:ef34;Secret={secret}', rotate: 'Regenerate the access key under App Configuration → Access settings, or use Microsoft Entra ID auth.' },
  }),
  tokenRule({
    id: 'azure-devops-pat', family: 'cloud', name: 'Azure DevOps personal access token',
    keywords: ['devops', 'azdo', 'vsts', 'ado_'],
    pattern: contextPattern('azure[_-]?devops[\\w.-]{0,20}(?:pat|token)|azdo[\\w.-]{0,10}(?:pat|token)|vsts[\\w.-]{0,10}(?:pat|token)|ado_(?:pat|token)', '[a-z2-7]{52}|[A-Za-z0-9]{84}'),
    docs: { form: '<52 base32 lower case>', unsafe: 'AZURE_DEVOPS_PAT={secret}', rotate: 'Revoke it under User settings → Personal access tokens in Azure DevOps and create a new one with the narrowest scope.' },
  }),
  tokenRule({
    id: 'alibaba-access-key-id', family: 'cloud', name: 'Alibaba Cloud AccessKey ID',
    keywords: ['ltai'],
    pattern: /\bLTAI[A-Za-z0-9]{12,20}\b/g,
    docs: { form: 'LTAI<20 base62>', rotate: 'Disable and delete the AccessKey pair in the RAM console and create a new one for a RAM user with the least privileges.' },
  }),
  tokenRule({
    id: 'alibaba-access-key-secret', family: 'cloud', name: 'Alibaba Cloud AccessKey secret',
    keywords: ['alibaba', 'aliyun', 'accesskeysecret', 'access_key_secret'],
    pattern: contextPattern('alibaba[\\w.-]{0,20}secret|aliyun[\\w.-]{0,20}secret|access_?key_?secret', '[A-Za-z0-9]{30}'),
    docs: { form: '<30 base62>', unsafe: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET={secret}', rotate: 'Disable and delete the AccessKey pair in the RAM console and create a new one.' },
  }),
  tokenRule({
    id: 'tencent-cloud-secret-id', family: 'cloud', name: 'Tencent Cloud SecretId',
    keywords: ['akid'],
    pattern: /\bAKID[A-Za-z0-9]{32}\b/g,
    docs: { form: 'AKID<32 base62>', rotate: 'Disable and delete the key pair in CAM → API keys and create a new one.' },
  }),
  tokenRule({
    id: 'ibm-cloud-api-key', family: 'cloud', name: 'IBM Cloud API key',
    keywords: ['ibm'],
    pattern: contextPattern('ibm[\\w.-]{0,20}(?:api)?[_.-]?key', '[A-Za-z0-9_-]{44}'),
    docs: { form: '<44 base64url>', unsafe: 'IBM_CLOUD_API_KEY={secret}', rotate: 'Delete the key under Manage → Access (IAM) → API keys and create a new one.' },
  }),
  tokenRule({
    id: 'digitalocean-pat', family: 'cloud', name: 'DigitalOcean personal access token',
    keywords: ['dop_v1_'],
    pattern: /\bdop_v1_[a-f0-9]{64}\b/g,
    docs: { form: 'dop_v1_<64 hex>', rotate: 'Delete the token under API → Tokens in the DigitalOcean control panel and generate a new one with only the scopes needed.' },
  }),
  tokenRule({
    id: 'digitalocean-oauth-token', family: 'cloud', name: 'DigitalOcean OAuth access token',
    keywords: ['doo_v1_'],
    pattern: /\bdoo_v1_[a-f0-9]{64}\b/g,
    docs: { form: 'doo_v1_<64 hex>', rotate: 'Revoke the OAuth application\'s access in the control panel (API → OAuth applications) and authorise again.' },
  }),
  tokenRule({
    id: 'digitalocean-refresh-token', family: 'cloud', name: 'DigitalOcean OAuth refresh token',
    keywords: ['dor_v1_'],
    pattern: /\bdor_v1_[a-f0-9]{64}\b/g,
    docs: { form: 'dor_v1_<64 hex>', rotate: 'Revoke the OAuth application\'s access in the control panel and authorise again.' },
  }),
  tokenRule({
    id: 'heroku-api-key', family: 'cloud', name: 'Heroku API key',
    keywords: ['hrku-'],
    pattern: /\bHRKU-[A-Za-z0-9_-]{58,70}(?![A-Za-z0-9_-])/g,
    docs: { form: 'HRKU-<60 base64url>', rotate: 'Regenerate the API key under Account settings → API Key, or revoke the authorization with `heroku authorizations:revoke`.' },
  }),
  tokenRule({
    id: 'heroku-api-key-legacy', family: 'cloud', name: 'Heroku API key (legacy UUID form)',
    keywords: ['heroku'],
    pattern: contextPattern('heroku[\\w.-]{0,20}(?:api[_.-]?key|token|key)', UUID),
    docs: { form: '<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', unsafe: 'HEROKU_API_KEY={secret}', rotate: 'Regenerate the API key under Account settings → API Key.' },
  }),
  tokenRule({
    id: 'fly-io-token', family: 'cloud', name: 'Fly.io access token',
    keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
    pattern: /\b(?:fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/=_-]{100,})(?![A-Za-z0-9_-])/g,
    minEntropy: 3.5, allowInBlob: true,
    docs: { form: 'fo1_<43 base64url>', rotate: 'Revoke it with `fly tokens revoke` (or in the dashboard under Tokens) and create a new, narrower token.' },
  }),
  tokenRule({
    id: 'netlify-access-token', family: 'cloud', name: 'Netlify access token',
    keywords: ['nfp_', 'nfc_', 'nfo_', 'nfu_'],
    pattern: /\bnf[pcou]_[A-Za-z0-9]{36}\b/g,
    docs: { form: 'nfp_<36 base62>', rotate: 'Delete the token under User settings → Applications → Personal access tokens in Netlify and create a new one.' },
  }),
  tokenRule({
    id: 'cloudflare-api-token', family: 'cloud', name: 'Cloudflare API token',
    keywords: ['cloudflare', 'cf_api', 'cf-api', 'cf_token'],
    pattern: contextPattern('cloudflare[\\w.-]{0,20}(?:token|key)|cf[_-]api[_-]?token|cf_token', '[A-Za-z0-9_-]{40}'),
    docs: { form: '<40 base64url>', unsafe: 'CLOUDFLARE_API_TOKEN={secret}', rotate: 'Roll or delete the token under My Profile → API Tokens in the Cloudflare dashboard.' },
  }),
  tokenRule({
    id: 'cloudflare-global-api-key', family: 'cloud', name: 'Cloudflare global API key',
    keywords: ['cloudflare', 'cf_api_key', 'x-auth-key'],
    pattern: contextPattern('cloudflare[\\w.-]{0,20}(?:global|api)[_.-]?key|cf_api_key|x-auth-key', '[a-f0-9]{37}'),
    docs: { form: '<37 hex>', unsafe: 'CLOUDFLARE_GLOBAL_API_KEY={secret}', rotate: 'Change the Global API Key under My Profile → API Tokens, and move to scoped API tokens.' },
  }),
  tokenRule({
    id: 'cloudflare-origin-ca-key', family: 'cloud', name: 'Cloudflare Origin CA key',
    keywords: ['v1.0-'],
    pattern: /\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b/g,
    docs: { form: 'v1.0-<24 hex>-<146 hex>', rotate: 'Change the Origin CA Key under My Profile → API Tokens.' },
  }),
  tokenRule({
    id: 'hashicorp-vault-token', family: 'cloud', name: 'HashiCorp Vault token',
    keywords: ['hvs.', 'hvb.', 'hvr.'],
    pattern: /\bhv[sbr]\.[A-Za-z0-9_-]{24,}/g,
    docs: { form: 'hvs.<90 base64url>', rotate: 'Revoke it with `vault token revoke` (or its accessor) and check the audit log for its use.' },
  }),
  tokenRule({
    id: 'gcp-service-account-base64', family: 'cloud', name: 'Google Cloud service account key file (base64)',
    keywords: ['eyj0exblijoic2vydmljzv9hy2nvdw50', 'eyj0exblijoginnlcnzpy2vfywnjb3vudc', 'ewogicj0exblijoginnlcnzpy2vfywnjb3vudc', 'eyaidhlwzsi6icjzzxj2awnlx2fjy291bnqi'],
    pattern: /(?<![A-Za-z0-9+/])(?:eyJ0eXBlIjoic2VydmljZV9hY2NvdW50|eyJ0eXBlIjogInNlcnZpY2VfYWNjb3VudC|ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudC|eyAidHlwZSI6ICJzZXJ2aWNlX2FjY291bnQi)[A-Za-z0-9+/]{400,}={0,2}(?![A-Za-z0-9+/=])/g,
    minEntropy: 0, allowInBlob: true,
    validate: (secret) => {
      try {
        const file = JSON.parse(Buffer.from(secret, 'base64').toString('utf8')) as Record<string, unknown>;
        return file.type === 'service_account' && typeof file.private_key === 'string' && judgePemText(file.private_key) !== undefined;
      } catch {
        return false;
      }
    },
    docs: {
      form: '<base64 of a service-account key file>', unsafe: 'GOOGLE_CREDENTIALS_BASE64={secret}',
      rotate: 'Delete the key under IAM → Service accounts → Keys; prefer Workload Identity Federation (no key at all) for CI and workloads.',
      detection: 'A base64 value that decodes to a service-account key file: JSON whose `"type"` is `"service_account"` and whose `private_key` is a real key. The marker is looked for in the encoded form of the file\'s first line, compact or pretty-printed.',
    },
  }),
  tokenRule({
    id: 'hashicorp-vault-legacy-token', family: 'cloud', name: 'HashiCorp Vault token (pre-1.10 form)',
    keywords: ['vault'],
    pattern: contextPattern('vault[\\w.-]{0,20}token|x-vault-token|vault\\s+login', '[sbr]\\.[A-Za-z0-9]{24}'),
    docs: { form: 's.<24 base62>', unsafe: 'VAULT_TOKEN={secret}', rotate: 'Revoke it with `vault token revoke` (or its accessor) and check the audit log for its use.', detection: 'Service (`s.`), batch (`b.`) and recovery (`r.`) tokens of Vault before 1.10, after a Vault keyword (`VAULT_TOKEN`, `X-Vault-Token`, `vault login`): the short prefix alone is too common to report.' },
  }),
  tokenRule({
    id: 'aws-bedrock-api-key', family: 'cloud', name: 'Amazon Bedrock API key',
    keywords: ['absk', 'bedrock-api-key-'],
    pattern: /\b(?:ABSK(?:QmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{60,}={0,2})|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,}={0,2})(?![A-Za-z0-9+/=])/g,
    allowInBlob: true, allowRuns: true,
    validate: (secret) => {
      const decoded = Buffer.from(secret.replace(/^ABSK|^bedrock-api-key-/, ''), 'base64').toString('latin1');
      return secret.startsWith('ABSK') ? /^BedrockAPIKey-[\w-]+:\S{16,}/.test(decoded) : /^bedrock\.amazonaws\.com\/\?.*X-Amz-/.test(decoded);
    },
    docs: {
      form: 'ABSK<base64 of BedrockAPIKey-<id>:<secret>>', unsafe: 'AWS_BEARER_TOKEN_BEDROCK={secret}',
      rotate: 'Delete the long-term key (IAM → the Bedrock API key\'s service-specific credential) or let a short-term key expire, and move callers to IAM roles.',
      detection: 'Long-term keys (`ABSK` then the base64 of `BedrockAPIKey-…:…`) and short-term keys (`bedrock-api-key-` then a base64 pre-signed request to bedrock.amazonaws.com); the base64 part must decode to that content.',
    },
  }),
  tokenRule({
    id: 'openshift-user-token', family: 'cloud', name: 'OpenShift user token',
    keywords: ['sha256~'],
    pattern: /(?<![\w~-])sha256~[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
    docs: { form: 'sha256~<43 base64url>', unsafe: 'oc login --token={secret} --server=https://api.ops.example.com:6443', rotate: 'Delete the OAuth access token (`oc delete oauthaccesstoken <name>`, or log out that session) and log in again.' },
  }),
  tokenRule({
    id: 'terraform-cloud-token', family: 'cloud', name: 'Terraform Cloud / HCP Terraform API token',
    keywords: ['.atlasv1.'],
    pattern: /\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])/g,
    docs: { form: '<14 base62>.atlasv1.<67 base64url>', rotate: 'Delete the token under User settings → Tokens (or the team/organization token page) and create a new one.' },
  }),
  tokenRule({
    id: 'pulumi-access-token', family: 'cloud', name: 'Pulumi access token',
    keywords: ['pul-'],
    pattern: /\bpul-[a-f0-9]{40}\b/g,
    docs: { form: 'pul-<40 hex>', rotate: 'Delete the token under Settings → Access tokens in Pulumi Cloud and create a new one.' },
  }),
  tokenRule({
    id: 'doppler-token', family: 'cloud', name: 'Doppler token',
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    pattern: /\bdp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}\b/g,
    docs: { form: 'dp.st.<43 base62>', rotate: 'Revoke the token in the Doppler dashboard (Access → tokens of the project or workplace) and issue a new one.' },
  }),
  tokenRule({
    id: 'onepassword-service-account-token', family: 'cloud', name: '1Password service account token',
    keywords: ['ops_eyj'],
    pattern: /\bops_eyJ[A-Za-z0-9+/=_-]{200,}/g,
    allowInBlob: true,
    docs: { form: 'ops_eyJ<400 base64>', rotate: 'Revoke the service account\'s token in 1Password (Developer → Service accounts) and create a new one.' },
  }),
  tokenRule({
    id: 'scaleway-secret-key', family: 'cloud', name: 'Scaleway secret key',
    keywords: ['scw_secret', 'scaleway'],
    pattern: contextPattern('scw_secret_key|scaleway[\\w.-]{0,20}secret', UUID),
    docs: { form: '<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', unsafe: 'SCW_SECRET_KEY={secret}', rotate: 'Delete the API key in the Scaleway console (IAM → API keys) and generate a new one.' },
  }),
  tokenRule({
    id: 'linode-token', family: 'cloud', name: 'Linode (Akamai) API token',
    keywords: ['linode'],
    pattern: contextPattern('linode[\\w.-]{0,20}token', '[a-f0-9]{64}'),
    docs: { form: '<64 hex>', unsafe: 'LINODE_TOKEN={secret}', rotate: 'Revoke the token under My Profile → API Tokens in Cloud Manager.' },
  }),
  tokenRule({
    id: 'vercel-token', family: 'cloud', name: 'Vercel access token',
    keywords: ['vercel'],
    pattern: contextPattern('vercel[\\w.-]{0,20}token', '[A-Za-z0-9]{24}'),
    docs: { form: '<24 base62>', unsafe: 'VERCEL_TOKEN={secret}', rotate: 'Delete the token under Account settings → Tokens in Vercel and create a new, scoped one.' },
  }),
  tokenRule({
    id: 'render-api-key', family: 'cloud', name: 'Render API key',
    keywords: ['rnd_'],
    pattern: /\brnd_[A-Za-z0-9]{32}\b/g,
    docs: { form: 'rnd_<32 base62>', rotate: 'Revoke the key under Account settings → API keys in the Render dashboard.' },
  }),
  tokenRule({
    id: 'supabase-access-token', family: 'cloud', name: 'Supabase personal access token',
    keywords: ['sbp_'],
    pattern: /\bsbp_[a-f0-9]{40}\b/g,
    docs: { form: 'sbp_<40 hex>', rotate: 'Revoke it under Account → Access tokens in the Supabase dashboard.' },
  }),
  tokenRule({
    id: 'supabase-secret-key', family: 'cloud', name: 'Supabase secret API key',
    keywords: ['sb_secret_'],
    pattern: /\bsb_secret_[A-Za-z0-9_-]{31,}/g,
    docs: { form: 'sb_secret_<40 base64url>', rotate: 'Delete the secret key under Project settings → API keys and create a new one; it bypasses row-level security.' },
  }),
  tokenRule({
    id: 'planetscale-token', family: 'cloud', name: 'PlanetScale token or password',
    keywords: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
    pattern: /\bpscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}/g,
    docs: { form: 'pscale_pw_<43 base64url>', rotate: 'Delete the password or service token in the PlanetScale dashboard and create a new one.' },
  }),
  tokenRule({
    id: 'databricks-token', family: 'cloud', name: 'Databricks access token',
    keywords: ['dapi'],
    pattern: /\bdapi[a-f0-9]{32}(?:-\d)?\b/g,
    docs: { form: 'dapi<32 hex>', rotate: 'Revoke it under User settings → Developer → Access tokens in the workspace.' },
  }),
  tokenRule({
    id: 'tailscale-key', family: 'cloud', name: 'Tailscale auth or API key',
    keywords: ['tskey-'],
    pattern: /\btskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,}-[A-Za-z0-9]{20,}\b/g,
    docs: { form: 'tskey-auth-<12 base62>-<32 base62>', rotate: 'Revoke the key in the admin console (Settings → Keys) and generate a new one, ephemeral where possible.' },
  }),
  tokenRule({
    id: 'ngrok-authtoken', family: 'cloud', name: 'ngrok authtoken or API key',
    keywords: ['ngrok'],
    pattern: contextPattern('ngrok[\\w.-]{0,20}(?:token|key)', '[0-9A-Za-z]{27}_[0-9A-Za-z]{20,22}'),
    docs: { form: '<27 base62>_<21 base62>', unsafe: 'NGROK_AUTHTOKEN={secret}', rotate: 'Reset the authtoken (or delete the API key) in the ngrok dashboard.' },
  }),
];
