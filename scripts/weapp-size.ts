/**
 * Measures the weapp main package in dist/ the way WeChat counts it (every file shipped,
 * project.config.json and sourcemaps excluded) and prints it against the app's budget.
 *
 * Usage: tsx scripts/weapp-size.ts [distDir] [--json]
 */
import fs from 'node:fs'
import path from 'node:path'

export const WECHAT_PACKAGE_LIMIT_KB = 2048
export const APP_BUDGET_KB = 450

const NOT_SHIPPED = new Set(['project.config.json', 'project.private.config.json'])

export interface WeappSize {
  mainPackageKB: number
  /** Subpackages by root, e.g. { 'pages/search': 55.3 }. */
  subPackagesKB: Record<string, number>
  files: { file: string; kb: number }[]
}

function subPackageRoots(distDir: string): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[]
    subpackages?: { root: string }[]
  }
  return (app.subPackages ?? app.subpackages ?? []).map((pkg) => pkg.root.replace(/\/+$/, ''))
}

export function measureWeappSize(distDir: string): WeappSize {
  const files: { file: string; kb: number }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      const rel = path.relative(distDir, full).split(path.sep).join('/')
      if (entry.isDirectory()) walk(full)
      else if (!NOT_SHIPPED.has(rel) && !rel.endsWith('.map')) {
        files.push({ file: rel, kb: fs.statSync(full).size / 1024 })
      }
    }
  }
  walk(distDir)
  files.sort((a, b) => b.kb - a.kb)
  const roots = subPackageRoots(distDir)
  const rootOf = (file: string) => roots.find((root) => file.startsWith(`${root}/`))
  const subPackagesKB: Record<string, number> = Object.fromEntries(roots.map((root) => [root, 0]))
  let mainPackageKB = 0
  for (const f of files) {
    const root = rootOf(f.file)
    if (root) subPackagesKB[root] += f.kb
    else mainPackageKB += f.kb
  }
  return { mainPackageKB, subPackagesKB, files: files.filter((f) => !rootOf(f.file)) }
}

if (require.main === module) {
  const args = process.argv.slice(2)
  const distDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'dist')
  if (!fs.existsSync(path.join(distDir, 'app.json'))) {
    console.error(`${distDir}/app.json not found: run "npm run build:weapp" first`)
    process.exit(1)
  }
  const size = measureWeappSize(distDir)
  if (args.includes('--json')) {
    const subPackagesKB = Object.fromEntries(Object.entries(size.subPackagesKB).map(([root, kb]) => [root, Number(kb.toFixed(1))]))
    console.log(JSON.stringify({ mainPackageKB: Number(size.mainPackageKB.toFixed(1)), subPackagesKB, budgetKB: APP_BUDGET_KB, limitKB: WECHAT_PACKAGE_LIMIT_KB }))
  } else {
    console.log(`weapp main package: ${size.mainPackageKB.toFixed(1)} KB (budget ${APP_BUDGET_KB} KB, WeChat limit ${WECHAT_PACKAGE_LIMIT_KB} KB)`)
    for (const f of size.files.slice(0, 8)) console.log(`  ${f.kb.toFixed(1).padStart(7)} KB  ${f.file}`)
    for (const [root, kb] of Object.entries(size.subPackagesKB)) console.log(`subpackage ${root}: ${kb.toFixed(1)} KB`)
    if (size.mainPackageKB > APP_BUDGET_KB) console.log(`  ! over the app budget by ${(size.mainPackageKB - APP_BUDGET_KB).toFixed(1)} KB`)
  }
}
