/**
 * A small static server for the H5 build, bound to 127.0.0.1 only. Used by `npm start` and by
 * the browser tests. Directories serve their index.html (the per-item QR landing pages rely on it).
 *
 * Usage: tsx scripts/serve-h5.ts [--port 8080] [--root dist-h5]
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

export function createStaticServer(root: string): http.Server {
  const absoluteRoot = path.resolve(root)
  return http.createServer((req, res) => {
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
    } catch {
      res.writeHead(400).end('bad request')
      return
    }
    let file = path.join(absoluteRoot, pathname)
    if (!file.startsWith(absoluteRoot)) {
      res.writeHead(403).end('forbidden')
      return
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` }).end()
        return
      }
      file = path.join(file, 'index.html')
    }
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found')
      return
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    })
    fs.createReadStream(file).pipe(res)
  })
}

export function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })
}

if (require.main === module) {
  const args = process.argv.slice(2)
  const option = (name: string, fallback: string) => {
    const index = args.indexOf(`--${name}`)
    return index >= 0 && args[index + 1] ? args[index + 1] : fallback
  }
  const root = option('root', 'dist-h5')
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`${root}/index.html not found: run "npm run build:h5" first`)
    process.exit(1)
  }
  listen(createStaticServer(root), Number(option('port', process.env.PORT ?? '8080')))
    .then((port) => console.log(`H5 build served at http://127.0.0.1:${port}/  (Ctrl+C to stop)`))
    .catch((error: Error) => {
      console.error(`cannot serve on 127.0.0.1: ${error.message}`)
      process.exit(1)
    })
}
