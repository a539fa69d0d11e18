import { contextPattern, tokenRule, type SecretRule } from '../rule.js';

/** Chat, mail and messaging: Slack, Discord, Telegram, Teams, SendGrid, Mailgun, Mailchimp, Postmark, Twilio, … */

const SLACK_ROTATE = 'Revoke it (api.slack.com/apps → your app → OAuth & Permissions → Revoke, or auth.revoke) and reinstall the app to get a new token.';
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export const CHAT_MAIL_RULES: readonly SecretRule[] = [
  tokenRule({
    id: 'slack-session-cookie', family: 'chat-mail', name: 'Slack session cookie (d=xoxd-…)',
    keywords: ['xoxd-'],
    pattern: /\bxoxd-[A-Za-z0-9%+/=_-]{60,}/g,
    minEntropy: 3.5,
    docs: { form: 'xoxd-<120 base64url>', rotate: 'Sign the user out of every Slack session (Account → Sign out all other sessions) and reset the password: the cookie is a logged-in browser session.', detection: 'The `d` cookie of a signed-in Slack web session; together with an `xoxc-` token it acts as the user.' },
  }),
  tokenRule({
    id: 'messagebird-access-key', family: 'chat-mail', name: 'MessageBird (Bird) access key',
    keywords: ['messagebird', 'message_bird', 'message-bird'],
    pattern: contextPattern('message[_-]?bird[\\w.-]{0,20}(?:access[_.-]?)?(?:key|token)', '(?:live_|test_)?[A-Za-z0-9]{25}'),
    docs: { form: '<25 base62>', unsafe: 'MESSAGEBIRD_ACCESS_KEY={secret}', rotate: 'Delete the access key in the MessageBird (Bird) dashboard under Developers → API access and create a new one.' },
  }),
  tokenRule({
    id: 'slack-bot-token', family: 'chat-mail', name: 'Slack bot token',
    keywords: ['xoxb-'],
    // Current bot tokens have two numeric parts; bot tokens issued before 2018 have one.
    pattern: /\bxoxb-\d{10,13}-(?:\d{10,13}-)?[A-Za-z0-9]{24,34}\b/g,
    docs: { form: 'xoxb-<12 digits>-<13 digits>-<24 base62>', rotate: SLACK_ROTATE, detection: 'Both the current form (two numeric parts) and the older one (one numeric part) of bot tokens.' },
  }),
  tokenRule({
    id: 'slack-user-token', family: 'chat-mail', name: 'Slack user token',
    keywords: ['xoxp-', 'xoxe-', 'xoxc-'],
    // xoxp: OAuth user tokens; xoxc: the browser client's session token (with a 64-hex tail).
    pattern: /\bxox[pec]-\d{10,13}-\d{10,13}-\d{10,13}-(?:[a-f0-9]{64}|[A-Za-z0-9]{28,34})\b/g,
    docs: { form: 'xoxp-<12 digits>-<12 digits>-<13 digits>-<32 hex>', rotate: SLACK_ROTATE, detection: 'User tokens (`xoxp-`) and the web client\'s session tokens (`xoxc-`, which end in 64 hex characters).' },
  }),
  tokenRule({
    id: 'slack-app-token', family: 'chat-mail', name: 'Slack app-level token',
    keywords: ['xapp-'],
    pattern: /\bxapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[a-f0-9]{64}\b/g,
    docs: { form: 'xapp-1-<11 upper alnum>-<13 digits>-<64 hex>', rotate: 'Revoke it under Basic Information → App-Level Tokens of the app at api.slack.com/apps and generate a new one.' },
  }),
  tokenRule({
    id: 'slack-config-token', family: 'chat-mail', name: 'Slack configuration token',
    keywords: ['xoxe.xox', 'xoxe-1-'],
    pattern: /\bxoxe(?:\.xox[bp])?-\d-[A-Z0-9]{140,170}\b/g,
    docs: { form: 'xoxe.xoxp-1-<164 upper alnum>', rotate: 'Revoke it with tooling.tokens.rotate / auth.revoke and generate a new configuration token at api.slack.com/apps.' },
  }),
  tokenRule({
    id: 'slack-legacy-token', family: 'chat-mail', name: 'Slack legacy token',
    keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
    pattern: /\bxox[aors]-\d+-[0-9A-Za-z-]{10,}/g,
    docs: { form: 'xoxs-<10 digits>-<40 base62>', rotate: 'Legacy tokens should no longer exist: revoke it (auth.revoke) and move to a Slack app with scoped tokens.' },
  }),
  tokenRule({
    id: 'slack-webhook-url', family: 'chat-mail', name: 'Slack incoming webhook URL',
    keywords: ['hooks.slack.com'],
    // Incoming webhooks (services/T…/B…/<24>), Workflow Builder webhooks (workflows/T…/A…/<id>/<32>)
    // and triggers (triggers/T…/<id>/<32 hex>); app-scoped hooks live on hooks.slack.com too.
    pattern: /https:\/\/hooks\.slack\.com\/(?:services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{23,24}|workflows\/T[A-Z0-9]{8,12}\/A[A-Z0-9]{8,12}\/\d{15,20}\/[A-Za-z0-9]{32}|triggers\/T[A-Z0-9]{8,12}\/\d{10,20}\/[a-f0-9]{32})(?![A-Za-z0-9])/g,
    docs: { form: 'https://hooks.slack.com/services/T<10 upper alnum>/B<10 upper alnum>/<24 base62>', detection: 'Incoming webhooks (`/services/T…/B…/…`), Workflow Builder webhooks (`/workflows/T…/A…/<id>/…`) and workflow triggers (`/triggers/T…/<id>/<32 hex>`).', rotate: 'Remove the webhook (app settings → Incoming Webhooks → Remove) and add a new one; anyone with the URL can post to the channel.' },
  }),
  tokenRule({
    id: 'discord-webhook-url', family: 'chat-mail', name: 'Discord webhook URL',
    keywords: ['discord'],
    pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,70}(?![A-Za-z0-9_-])/g,
    docs: { form: 'https://discord.com/api/webhooks/<19 digits>/<68 base64url>', rotate: 'Delete the webhook (channel settings → Integrations → Webhooks) and create a new one.' },
  }),
  tokenRule({
    id: 'discord-bot-token', family: 'chat-mail', name: 'Discord bot token',
    keywords: ['discord'],
    pattern: contextPattern('discord[\\w.-]{0,20}token', '[MNO][A-Za-z0-9_-]{23,26}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}'),
    docs: { form: 'M<25 base64url>.<6 base64url>.<38 base64url>', unsafe: 'DISCORD_BOT_TOKEN={secret}', rotate: 'Reset the token in the Developer Portal (your application → Bot → Reset Token).' },
  }),
  tokenRule({
    id: 'telegram-bot-token', family: 'chat-mail', name: 'Telegram bot token',
    keywords: [':aa'],
    pattern: /(?<![A-Za-z0-9_])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g,
    docs: { form: '<10 digits>:AA<33 base64url>', rotate: 'Ask @BotFather for /revoke on the bot and use the new token.' },
  }),
  tokenRule({
    id: 'microsoft-teams-webhook-url', family: 'chat-mail', name: 'Microsoft Teams incoming webhook URL',
    keywords: ['webhook.office.com'],
    pattern: new RegExp(`https://[a-z0-9-]+\\.webhook\\.office\\.com/webhookb2/${UUID}@${UUID}/IncomingWebhook/[a-f0-9]{32}/${UUID}(?:/[A-Za-z0-9_-]+)?`, 'g'),
    docs: { form: 'https://contoso.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>', rotate: 'Remove the Incoming Webhook connector (or workflow) from the channel and create a new one.' },
  }),
  tokenRule({
    id: 'sendgrid-api-key', family: 'chat-mail', name: 'SendGrid API key',
    keywords: ['sg.'],
    pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
    docs: { form: 'SG.<22 base64url>.<43 base64url>', rotate: 'Delete the key under Settings → API Keys in SendGrid and create a new one with restricted access.' },
  }),
  tokenRule({
    id: 'mailgun-api-key', family: 'chat-mail', name: 'Mailgun API key',
    keywords: ['key-'],
    pattern: /\bkey-[0-9a-f]{32}\b/g,
    docs: { form: 'key-<32 hex>', rotate: 'Delete the key under API Security in the Mailgun dashboard and create a new one.' },
  }),
  tokenRule({
    id: 'mailgun-sending-key', family: 'chat-mail', name: 'Mailgun sending or private key',
    keywords: ['mailgun'],
    pattern: contextPattern('mailgun[\\w.-]{0,20}(?:key|token|secret)', '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}'),
    docs: { form: '<32 hex>-<8 hex>-<8 hex>', unsafe: 'MAILGUN_API_KEY={secret}', rotate: 'Delete the key under API Security (or the domain\'s Sending keys) in the Mailgun dashboard.' },
  }),
  tokenRule({
    id: 'mailchimp-api-key', family: 'chat-mail', name: 'Mailchimp API key',
    keywords: ['-us'],
    pattern: /\b[0-9a-f]{32}-us\d{1,2}\b/g,
    docs: { form: '<32 hex>-us21', rotate: 'Disable the key under Profile → Extras → API keys in Mailchimp and create a new one.' },
  }),
  tokenRule({
    id: 'postmark-token', family: 'chat-mail', name: 'Postmark server or account token',
    keywords: ['postmark'],
    pattern: contextPattern('postmark[\\w.-]{0,20}(?:token|key)|x-postmark-(?:server|account)-token', UUID),
    docs: { form: '<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', unsafe: 'POSTMARK_SERVER_TOKEN={secret}', rotate: 'Regenerate the token under the server\'s API Tokens tab (or Account → API Tokens) in Postmark.' },
  }),
  tokenRule({
    id: 'twilio-auth-token', family: 'chat-mail', name: 'Twilio auth token or API key secret',
    keywords: ['twilio'],
    pattern: contextPattern('twilio[\\w.-]{0,20}(?:token|secret)', '[A-Za-z0-9]{32}'),
    docs: { form: '<32 hex>', unsafe: 'TWILIO_AUTH_TOKEN={secret}', rotate: 'Rotate the auth token in the Twilio console (Account → API keys & tokens) or delete the API key, then update clients.' },
  }),
  tokenRule({
    id: 'brevo-api-key', family: 'chat-mail', name: 'Brevo (Sendinblue) API or SMTP key',
    keywords: ['xkeysib-', 'xsmtpsib-'],
    pattern: /\bx(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}\b/g,
    docs: { form: 'xkeysib-<64 hex>-<16 base62>', rotate: 'Delete the key under SMTP & API in Brevo and create a new one.' },
  }),
  tokenRule({
    id: 'mailersend-api-token', family: 'chat-mail', name: 'MailerSend API token',
    keywords: ['mlsn.'],
    pattern: /\bmlsn\.[a-f0-9]{64}\b/g,
    docs: { form: 'mlsn.<64 hex>', rotate: 'Delete the token under Integrations → API tokens in MailerSend.' },
  }),
  tokenRule({
    id: 'resend-api-key', family: 'chat-mail', name: 'Resend API key',
    keywords: ['re_'],
    pattern: /\bre_[A-Za-z0-9]{8,10}_[A-Za-z0-9]{20,30}\b/g,
    docs: { form: 're_<8 base62>_<24 base62>', rotate: 'Delete the key under API Keys in the Resend dashboard and create a new one.' },
  }),
];
