import fs from 'node:fs'
import path from 'node:path'
import { createStaticServer, listen } from '../../scripts/serve-h5'

/** Serves the H5 build on 127.0.0.1 for every browser test; test-all.sh builds it first. */
export default async function globalSetup(): Promise<void> {
  const root = path.resolve(__dirname, '../../dist-h5')
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error('dist-h5/index.html not found: run "npm run build:h5" before the browser tests')
  }
  if (!fs.existsSync('/usr/bin/chromium')) {
    throw new Error('Debian chromium is missing: run "bash scripts/ensure-browser.sh" (as root) first')
  }
  const server = createStaticServer(root)
  const port = await listen(server, 0)
  process.env.H5_BASE_URL = `http://127.0.0.1:${port}/`
  ;(globalThis as { __H5_SERVER__?: unknown }).__H5_SERVER__ = server
}
