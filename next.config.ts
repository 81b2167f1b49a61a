import type { NextConfig } from 'next';

// Static export: every page becomes out/<path>/index.html, served by any static host.
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  // Several root layouts (one per locale, one for locale-free pages) need a global 404.
  experimental: { globalNotFound: true },
  // The build's own type check and lint run as separate `npm test` steps.
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
