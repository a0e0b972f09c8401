/** Runs the QR tools as staff do (tsx, a child process) so exit codes and messages are the real ones. */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Catalog } from '../../src/data/catalog-types'

export const ROOT = path.resolve(__dirname, '../..')
export const CATALOG_FILE = path.join(ROOT, 'src/data/catalog.json')
const TSX = path.join(ROOT, 'node_modules/.bin/tsx')

export interface RunResult {
  code: number
  stdout: string
  stderr: string
  ms: number
}

export function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const started = Date.now()
  return new Promise((resolve) => {
    execFile(TSX, [path.join(ROOT, 'scripts', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      maxBuffer: 16 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      resolve({ code, stdout, stderr, ms: Date.now() - started })
    })
  })
}

export function loadRealCatalog(): Catalog {
  if (!fs.existsSync(CATALOG_FILE)) throw new Error('src/data/catalog.json is missing: run "npm run import" first')
  return JSON.parse(fs.readFileSync(CATALOG_FILE, 'utf8')) as Catalog
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `yzsb-${prefix}-`))
}

/** Every file below dir (relative paths), hidden ones included. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .sort()
}

/** Counts page objects (`/Type /Page`, never `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0
}

/**
 * Decodes QR codes in PNG files with jsqr + pngjs, in a worker thread: inside Jest's module sandbox
 * the same decoding runs about ten times slower. Returns the decoded text (null: no code found).
 */
export function decodePngFiles(files: string[]): Promise<(string | null)[]> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads')
    const fs = require('node:fs')
    const jsQR = require(workerData.jsqr)
    const { PNG } = require(workerData.pngjs)
    parentPort.postMessage(workerData.files.map((file) => {
      const image = PNG.sync.read(fs.readFileSync(file))
      const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length)
      const code = jsQR(pixels, image.width, image.height, { inversionAttempts: 'dontInvert' })
      return code ? code.data : null
    }))`
  const workerData = { files, jsqr: require.resolve('jsqr'), pngjs: require.resolve('pngjs') }
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData })
    worker.once('message', (decoded: (string | null)[]) => {
      resolve(decoded)
      void worker.terminate()
    })
    worker.once('error', reject)
  })
}
