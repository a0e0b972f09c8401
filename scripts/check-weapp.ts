/**
 * Build check for the weapp output in dist/: every .wxml/.wxs and .wxss must pass WeChat's own
 * compilers (wcc/wcsc from miniprogram-compiler), the JavaScript syntax must match what
 * project.config.json's `es6` switch promises, and the main package must fit WeChat's limit.
 *
 * Usage: tsx scripts/check-weapp.ts [distDir]   (exit code 1 on any failure)
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'
import { measureWeappSize, WECHAT_PACKAGE_LIMIT_KB } from './weapp-size'

// eslint-disable-next-line @typescript-eslint/no-var-requires
const compiler = require('miniprogram-compiler') as {
  wxmlToJs(root: string, options?: Record<string, unknown>): string
}
// The package's wxssToJs hides wcsc's stderr behind a TypeError; the raw wrapper keeps it.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const wcsc = require('miniprogram-compiler/src/wcsc') as (
  root: string,
  filesWithoutExt: string[],
  options?: { maxBuffer?: number },
) => Record<string, string> | Error

function listFiles(root: string, ext: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith(ext)) out.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }
  walk(root)
  return out.sort()
}

export interface WeappCheckResult {
  wxml: number
  wxs: number
  wxss: number
  js: number
  es6: boolean
  errors: string[]
}

export function checkWeapp(distDir: string): WeappCheckResult {
  const errors: string[] = []
  if (!fs.existsSync(path.join(distDir, 'app.json'))) {
    throw new Error(`${distDir}/app.json not found: run "npm run build:weapp" first`)
  }
  const wxml = listFiles(distDir, '.wxml')
  const wxs = listFiles(distDir, '.wxs')
  const wxss = listFiles(distDir, '.wxss')
  const js = listFiles(distDir, '.js')

  try {
    const out = compiler.wxmlToJs(distDir, { wxmlList: wxml, wxsList: wxs, maxBuffer: 64 * 1024 * 1024 })
    if (!out.includes('$gwx')) errors.push('wcc produced no $gwx function')
  } catch (error) {
    errors.push(`wcc (wxml/wxs): ${(error as Error).message}`)
  }
  try {
    // wcsc reports failures by returning an Error object rather than throwing.
    const out = wcsc(distDir, wxss.map((f) => f.slice(0, -'.wxss'.length)), { maxBuffer: 64 * 1024 * 1024 })
    if (out instanceof Error) errors.push(`wcsc (wxss): ${out.message}`)
    else if (Object.keys(out).length === 0) errors.push('wcsc produced no output')
  } catch (error) {
    errors.push(`wcsc (wxss): ${(error as Error).message}`)
  }

  const projectConfigPath = fs.existsSync(path.join(distDir, 'project.config.json'))
    ? path.join(distDir, 'project.config.json')
    : path.join(distDir, '..', 'project.config.json')
  const projectConfig = JSON.parse(fs.readFileSync(projectConfigPath, 'utf8')) as {
    setting?: { es6?: boolean }
  }
  const es6 = projectConfig.setting?.es6 === true
  // With es6 on, WeChat's compiler lowers ES2015–ES2020 to ES5; anything newer must not ship.
  // With es6 off, the output itself must already be ES5.
  const ecmaVersion = es6 ? 2020 : 5
  for (const file of js) {
    const source = fs.readFileSync(path.join(distDir, file), 'utf8')
    try {
      parse(source, { ecmaVersion, sourceType: 'script', allowHashBang: false })
    } catch (error) {
      errors.push(`${file}: not valid ES${ecmaVersion === 5 ? 5 : ecmaVersion} although project.config.json has es6=${es6}: ${(error as Error).message}`)
    }
  }

  const size = measureWeappSize(distDir)
  if (size.mainPackageKB > WECHAT_PACKAGE_LIMIT_KB) {
    errors.push(`main package is ${size.mainPackageKB.toFixed(1)} KB, over WeChat's ${WECHAT_PACKAGE_LIMIT_KB} KB limit`)
  }
  for (const [root, kb] of Object.entries(size.subPackagesKB)) {
    if (kb > WECHAT_PACKAGE_LIMIT_KB) errors.push(`subpackage ${root} is ${kb.toFixed(1)} KB, over WeChat's ${WECHAT_PACKAGE_LIMIT_KB} KB limit`)
  }
  return { wxml: wxml.length, wxs: wxs.length, wxss: wxss.length, js: js.length, es6, errors }
}

if (require.main === module) {
  const distDir = path.resolve(process.argv[2] ?? 'dist')
  try {
    const result = checkWeapp(distDir)
    console.log(
      `weapp check: ${result.wxml} wxml, ${result.wxs} wxs, ${result.wxss} wxss compiled by wcc/wcsc; ` +
        `${result.js} js files parsed as ES${result.es6 ? 2020 : 5} (es6=${result.es6})`,
    )
    if (result.errors.length > 0) {
      for (const error of result.errors) console.error(`✗ ${error}`)
      process.exit(1)
    }
    console.log('✓ weapp output passes WeChat compilers')
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`)
    process.exit(1)
  }
}
