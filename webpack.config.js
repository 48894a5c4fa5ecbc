/**
 * Builds the app into dist/, the directory Zendesk receives as a zip (scripts/package.ts):
 *   dist/manifest.json, dist/requirements.json, dist/translations/*.json, dist/assets/iframe.html, dist/assets/*.js, logos,
 *   screenshots.
 *
 * `--env entry=<file>` builds another entry with the same settings and `--env outDir=<dir>` writes elsewhere:
 * the bench builds its Garden-Button baseline this way, so the two bundles are compared like for like.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');

const root = __dirname;

/**
 * The app page's Content-Security-Policy (a <meta> tag: Zendesk serves the app's files, so no
 * header of ours reaches them). Scripts only from the app's own files and Zendesk's SDK CDN;
 * no network of its own, since ZAF talks to Zendesk by postMessage and client.request is sent by
 * the host page; no plugins, forms or <base>.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self' https://static.zdassets.com",
  // styled-components adds its <style> element from script: without 'unsafe-inline' Chromium gives it no
  // sheet and Garden throws (styled-components error 17, seen in e2e/csp.e2e.ts). A nonce would need a
  // per-response page, which Zendesk's static hosting cannot give; inline styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** @returns {import('webpack').Configuration} */
module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode ?? 'production') === 'production';
  const entry = path.resolve(root, env.entry ?? 'src/index.tsx');
  const outDir = path.resolve(root, env.outDir ?? 'dist');
  // Content hashes let Zendesk's CDN cache assets forever; dev builds keep stable names.
  const js = production ? 'assets/[name].[contenthash:8].js' : 'assets/[name].js';

  return {
    mode: production ? 'production' : 'development',
    context: root,
    entry: { app: entry },
    output: {
      path: outDir,
      filename: js,
      chunkFilename: js,
      // Lazy chunks are found next to the script that asked for them, wherever Zendesk serves the app from.
      publicPath: 'auto',
      clean: true,
    },
    // Zendesk's agent workspace runs in evergreen browsers: ship ES2020 as written, no polyfills.
    target: ['web', 'es2020'],
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                target: 'es2020',
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
              },
            },
          },
        },
        {
          test: /\.(png|svg)$/,
          type: 'asset/resource',
          generator: { filename: 'assets/[name].[contenthash:8][ext]' },
        },
      ],
    },
    optimization: {
      // Only what the first screen needs is in the initial bundle; every `import()` (the Tier 2 queue, Jira,
      // the Spanish strings) becomes its own chunk, and code shared by lazy chunks is split out once.
      splitChunks: { chunks: 'async' },
    },
    // Source maps stay out of dist/: it is uploaded to Zendesk as it is.
    devtool: production ? false : 'eval-cheap-module-source-map',
    // The budget is enforced by the bench against a baseline, not by webpack's fixed sizes.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: path.join(root, 'assets/iframe.html'),
        filename: 'assets/iframe.html',
        // Injected at the end of <body>, after the template's ZAF SDK <script>, so window.ZAFClient exists first.
        inject: 'body',
        scriptLoading: 'blocking',
        meta: { csp: { 'http-equiv': 'Content-Security-Policy', content: CSP } },
      }),
      new CopyPlugin({
        patterns: [
          { from: 'manifest.json', to: 'manifest.json' },
          { from: 'requirements.json', to: 'requirements.json' },
          { from: 'translations/*.json', to: 'translations/[name][ext]' },
          { from: 'assets/logo.png', to: 'assets/logo.png' },
          { from: 'assets/logo-small.png', to: 'assets/logo-small.png' },
          { from: 'assets/logo.svg', to: 'assets/logo.svg' },
          // The nav-bar location's icon (the Tier 2 queue), which Zendesk requires for that location.
          { from: 'assets/icon_nav_bar.svg', to: 'assets/icon_nav_bar.svg' },
          { from: 'assets/screenshot-*.png', to: 'assets/[name][ext]', noErrorOnMissing: true },
        ],
      }),
    ],
    stats: 'errors-warnings',
  };
};
