import type { NextConfig } from 'next';

// Static export: every page becomes out/<path>/index.html, served by any static host.
const nextConfig: NextConfig = {
  output: 'export',
  // A second site (the test fixture site) is exported to KB_OUT_DIR; the real one to out/.
  ...(process.env.KB_OUT_DIR ? { distDir: process.env.KB_OUT_DIR } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  // Several root layouts (one per locale, one for locale-free pages) need a global 404.
  experimental: { globalNotFound: true },
};

export default nextConfig;
