/**
 * The DKIM selectors mail providers publish by default, from each provider's own setup
 * documentation. Probed only when the manifest declares no selector for a domain. Providers that
 * give every account its own selector (Amazon SES's Easy DKIM tokens, Postmark's dated selectors)
 * cannot be probed and are not listed.
 */
export const COMMON_DKIM_SELECTORS: readonly { provider: string; selectors: readonly string[] }[] = [
  { provider: 'Google Workspace', selectors: ['google'] },
  { provider: 'Microsoft 365', selectors: ['selector1', 'selector2'] },
  { provider: 'SendGrid', selectors: ['s1', 's2'] },
  { provider: 'Mailchimp', selectors: ['k1', 'k2', 'k3'] },
  { provider: 'Mandrill', selectors: ['mandrill'] },
  { provider: 'Mailgun', selectors: ['pdk1', 'pdk2', 'smtp'] },
  { provider: 'Resend', selectors: ['resend'] },
  { provider: 'Zoho Mail', selectors: ['zmail'] },
  { provider: 'Brevo', selectors: ['brevo1', 'brevo2', 'mail'] },
  { provider: 'Fastmail', selectors: ['fm1', 'fm2', 'fm3'] },
  { provider: 'Proton Mail', selectors: ['protonmail', 'protonmail2', 'protonmail3'] },
  { provider: 'Mailjet', selectors: ['mailjet'] },
  { provider: 'Klaviyo', selectors: ['kl', 'kl2'] },
  { provider: 'Zendesk', selectors: ['zendesk1', 'zendesk2'] },
];
