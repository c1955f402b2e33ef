// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: it stays a Node require, never bundled.
  serverExternalPackages: ["better-sqlite3"],
};

module.exports = nextConfig;
