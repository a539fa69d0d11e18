// Configuration of the demo ops portal, read once at start-up.
export const config = {
  databaseUrl: process.env.DATABASE_URL ?? '',
  sessionSecret: process.env.SESSION_SECRET ?? '',
  logLevel: process.env.LOG_LEVEL ?? 'info',
  smtpHost: process.env.SMTP_HOST,
  supportEmail: process.env.SUPPORT_EMAIL,
};
