import { contextPattern, tokenRule, type SecretRule } from '../rule.js';

/** AI providers: OpenAI, Anthropic, Hugging Face, Groq, Replicate and others. */

export const AI_RULES: readonly SecretRule[] = [
  tokenRule({
    id: 'openai-api-key', family: 'ai', name: 'OpenAI API key',
    keywords: ['t3blbkfj'],
    pattern: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/g,
    docs: {
      form: 'sk-proj-<74 base64url>T3BlbkFJ<74 base64url>',
      rotate: 'Revoke the key at platform.openai.com → API keys (or the project\'s keys) and create a new one; check usage for spend you do not recognise.',
      detection: 'Project, service-account, admin and legacy keys, all of which carry the `T3BlbkFJ` marker.',
    },
  }),
  tokenRule({
    id: 'anthropic-api-key', family: 'ai', name: 'Anthropic API key',
    keywords: ['sk-ant-api'],
    pattern: /\bsk-ant-api\d{2}-[A-Za-z0-9_-]{80,100}AA(?![A-Za-z0-9_-])/g,
    docs: { form: 'sk-ant-api03-<93 base64url>AA', rotate: 'Delete the key in the Claude Console (Settings → API keys) and create a new one.' },
  }),
  tokenRule({
    id: 'anthropic-admin-key', family: 'ai', name: 'Anthropic Admin API key',
    keywords: ['sk-ant-admin'],
    pattern: /\bsk-ant-admin\d{2}-[A-Za-z0-9_-]{80,100}AA(?![A-Za-z0-9_-])/g,
    docs: { form: 'sk-ant-admin01-<93 base64url>AA', rotate: 'Delete the admin key in the Claude Console (Settings → Admin keys); it can manage the whole organization.' },
  }),
  tokenRule({
    id: 'huggingface-token', family: 'ai', name: 'Hugging Face access token',
    keywords: ['hf_'],
    pattern: /\bhf_[A-Za-z]{34}\b/g,
    minEntropy: 4,
    validate: (token) => /[A-Z]/.test(token.slice(3)) && /[a-z]/.test(token.slice(3)),
    docs: { form: 'hf_<34 letters>', rotate: 'Invalidate the token under Settings → Access Tokens on huggingface.co and create a fine-grained one.' },
  }),
  tokenRule({
    id: 'huggingface-org-token', family: 'ai', name: 'Hugging Face organization API token',
    keywords: ['api_org_'],
    pattern: /\bapi_org_[A-Za-z]{34}\b/g,
    minEntropy: 4,
    docs: { form: 'api_org_<34 letters>', rotate: 'Regenerate the organization token in the organization\'s settings on huggingface.co.' },
  }),
  tokenRule({
    id: 'groq-api-key', family: 'ai', name: 'Groq API key',
    keywords: ['gsk_'],
    pattern: /\bgsk_[A-Za-z0-9]{52}\b/g,
    docs: { form: 'gsk_<52 base62>', rotate: 'Delete the key at console.groq.com → API Keys and create a new one.' },
  }),
  tokenRule({
    id: 'replicate-api-token', family: 'ai', name: 'Replicate API token',
    keywords: ['r8_'],
    pattern: /\br8_[A-Za-z0-9]{37}\b/g,
    docs: { form: 'r8_<37 base62>', rotate: 'Disable the token under Account → API tokens on replicate.com.' },
  }),
  tokenRule({
    id: 'perplexity-api-key', family: 'ai', name: 'Perplexity API key',
    keywords: ['pplx-'],
    pattern: /\bpplx-[A-Za-z0-9]{48}\b/g,
    docs: { form: 'pplx-<48 base62>', rotate: 'Delete the key in Perplexity\'s API settings and generate a new one.' },
  }),
  tokenRule({
    id: 'xai-api-key', family: 'ai', name: 'xAI API key',
    keywords: ['xai-'],
    pattern: /\bxai-[A-Za-z0-9]{80}\b/g,
    docs: { form: 'xai-<80 base62>', rotate: 'Delete the key in the xAI console (API Keys) and create a new one.' },
  }),
  tokenRule({
    id: 'langsmith-api-key', family: 'ai', name: 'LangSmith API key',
    keywords: ['lsv2_'],
    pattern: /\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\b/g,
    docs: { form: 'lsv2_pt_<32 hex>_<10 hex>', rotate: 'Delete the key under Settings → API Keys in LangSmith.' },
  }),
  tokenRule({
    id: 'openrouter-api-key', family: 'ai', name: 'OpenRouter API key',
    keywords: ['sk-or-v1-'],
    pattern: /\bsk-or-v1-[a-f0-9]{64}\b/g,
    docs: { form: 'sk-or-v1-<64 hex>', rotate: 'Delete the key at openrouter.ai → Keys and create a new one with a credit limit.' },
  }),
  tokenRule({
    id: 'pinecone-api-key', family: 'ai', name: 'Pinecone API key',
    keywords: ['pcsk_'],
    pattern: /\bpcsk_[A-Za-z0-9_]{50,}/g,
    docs: { form: 'pcsk_<6 base62>_<60 base62>', rotate: 'Delete the key in the Pinecone console (API Keys) and create a new one.' },
  }),
  tokenRule({
    id: 'cohere-api-key', family: 'ai', name: 'Cohere API key',
    keywords: ['cohere', 'co_api_key'],
    pattern: contextPattern('cohere[\\w.-]{0,20}(?:key|token)|co_api_key', '[A-Za-z0-9]{40}'),
    docs: { form: '<40 base62>', unsafe: 'COHERE_API_KEY={secret}', rotate: 'Delete the key on the Cohere dashboard (API Keys).' },
  }),
  tokenRule({
    id: 'mistral-api-key', family: 'ai', name: 'Mistral AI API key',
    keywords: ['mistral'],
    pattern: contextPattern('mistral[\\w.-]{0,20}(?:key|token)', '[A-Za-z0-9]{32}'),
    docs: { form: '<32 base62>', unsafe: 'MISTRAL_API_KEY={secret}', rotate: 'Delete the key in La Plateforme (API Keys) and create a new one.' },
  }),
  tokenRule({
    id: 'deepseek-api-key', family: 'ai', name: 'DeepSeek API key',
    keywords: ['deepseek'],
    pattern: contextPattern('deepseek[\\w.-]{0,20}(?:key|token)', 'sk-[a-f0-9]{32}'),
    docs: { form: 'sk-<32 hex>', unsafe: 'DEEPSEEK_API_KEY={secret}', rotate: 'Delete the key on the DeepSeek platform (API keys).' },
  }),
  tokenRule({
    id: 'elevenlabs-api-key', family: 'ai', name: 'ElevenLabs API key',
    keywords: ['elevenlabs', 'xi-api-key'],
    pattern: contextPattern('elevenlabs[\\w.-]{0,20}(?:key|token)|xi-api-key', 'sk_[a-f0-9]{48}|[a-f0-9]{32}'),
    docs: { form: 'sk_<48 hex>', unsafe: 'ELEVENLABS_API_KEY={secret}', rotate: 'Delete the key in ElevenLabs (Developers → API Keys).' },
  }),
];
