// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The database drivers stay Node requires, never bundled (better-sqlite3 is a native addon).
  serverExternalPackages: ["better-sqlite3", "pg"],
  experimental: {
    // unauthorized() and forbidden(): a write without a session answers 401, from another site 403.
    authInterrupts: true,
    // An editor may upload a report file of up to 5 MB to /review (lib/review/actions.ts caps it).
    serverActions: { bodySizeLimit: "6mb" },
  },
};

module.exports = nextConfig;
