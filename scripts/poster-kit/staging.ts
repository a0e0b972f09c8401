/**
 * All output is written into a temp folder next to the target and renamed into place at the end,
 * so a failed or interrupted run never leaves a half-written PDF where staff print from.
 */
import fs from 'node:fs'
import path from 'node:path'
import { UserError } from './errors'

/** Written into every finished output folder; only folders carrying it are ever replaced. */
export const MANIFEST = 'manifest.json'

export interface Staging {
  /** The temp folder to write into. */
  dir: string
  /** The final folder. */
  target: string
  commit(): void
  abort(): void
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The nearest existing ancestor of p (p itself included). */
function existingAncestor(p: string): string {
  let current = p
  while (!fs.existsSync(current) && path.dirname(current) !== current) current = path.dirname(current)
  return current
}

export function createStaging(target: string, generator: string): Staging {
  const absolute = path.resolve(target)
  const parent = path.dirname(absolute)
  const name = path.basename(absolute)
  if (fs.existsSync(absolute)) {
    const stat = fs.statSync(absolute)
    if (!stat.isDirectory()) throw new UserError(`输出位置 ${absolute} 已存在且不是文件夹`)
    const entries = fs.readdirSync(absolute)
    if (entries.length > 0 && !isOwnOutput(absolute, generator)) {
      throw new UserError(`输出文件夹 ${absolute} 不是空的，也不是本命令以前生成的：为安全起见不覆盖，请换一个 --out`)
    }
  }
  const ancestor = existingAncestor(parent)
  if (!fs.statSync(ancestor).isDirectory()) {
    throw new UserError(`无法创建输出文件夹 ${absolute}：${ancestor} 是文件，不是文件夹（ENOTDIR）`)
  }
  try {
    fs.mkdirSync(parent, { recursive: true })
  } catch (error) {
    throw new UserError(`无法创建输出文件夹 ${parent}（${reason(error)}）`)
  }
  let dir: string
  try {
    dir = fs.mkdtempSync(path.join(parent, `.${name}.tmp-`))
    fs.accessSync(dir, fs.constants.W_OK)
  } catch (error) {
    throw new UserError(`输出文件夹 ${parent} 不可写（${reason(error)}）`)
  }
  let done = false
  return {
    dir,
    target: absolute,
    commit() {
      if (done) return
      // mkdtemp creates the folder owner-only; the finished output is an ordinary folder.
      fs.chmodSync(dir, 0o755)
      let old: string | null = null
      if (fs.existsSync(absolute)) {
        old = `${dir}.old`
        fs.renameSync(absolute, old)
      }
      try {
        fs.renameSync(dir, absolute)
      } catch (error) {
        if (old) fs.renameSync(old, absolute)
        throw error
      }
      done = true
      if (old) fs.rmSync(old, { recursive: true, force: true })
    },
    abort() {
      if (done) return
      done = true
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

function isOwnOutput(dir: string, generator: string): boolean {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as { generator?: unknown }
    return manifest.generator === generator
  } catch {
    return false
  }
}
