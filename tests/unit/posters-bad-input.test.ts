/**
 * Bad input stops `npm run posters` with a clear message and a non-zero exit, and never leaves a
 * PDF (or a half-written temp folder) behind. Most cases call the command's main() in-process (a
 * UserError is what the CLI prints and exits 1 on); a few run the real CLI to prove exactly that.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Catalog } from '../../src/data/catalog-types'
import { GENERATOR, main } from '../../scripts/posters'
import { UserError } from '../../scripts/poster-kit/errors'
import { validateLinkBase } from '../../scripts/poster-kit/link-base'
import { listFiles, loadRealCatalog, runScript, tempDir } from './posters-helpers'

// The CLI cases start tsx (seconds on a busy machine); the printing case also starts Chromium.
jest.setTimeout(60_000)

/** A real-looking base, so the placeholder-domain warning stays out of the test output. */
const BASE = 'https://hall.example.gov.cn/yz'

let work: string
let small: Catalog

beforeAll(() => {
  const catalog = loadRealCatalog()
  small = { ...catalog, items: catalog.items.slice(0, 3) }
})

beforeEach(() => {
  work = tempDir('posters-bad')
})

afterEach(() => {
  // Undo the read-only test's chmod before cleaning up.
  for (const name of fs.readdirSync(work)) fs.chmodSync(path.join(work, name), 0o755)
  fs.rmSync(work, { recursive: true, force: true })
})

function writeCatalog(catalog: unknown): string {
  const file = path.join(work, 'catalog.json')
  fs.writeFileSync(file, JSON.stringify(catalog))
  return file
}

function pdfsUnder(dir: string): string[] {
  return listFiles(dir).filter((name) => name.endsWith('.pdf'))
}

function tempLeftovers(dir: string): string[] {
  return listFiles(dir).concat(fs.readdirSync(dir)).filter((name) => /\.tmp-|\.old/.test(name))
}

function expectNothingWritten(): void {
  expect(pdfsUnder(work)).toEqual([])
  expect(tempLeftovers(work)).toEqual([])
}

/** In-process: main() must reject with a UserError (printed as-is by the CLI, exit 1). */
async function expectRefused(args: string[], message: RegExp): Promise<void> {
  const error = await main(args).then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(UserError)
  expect((error as Error).message).toMatch(message)
  expectNothingWritten()
}

/** The real CLI: non-zero exit, one clear line on stderr, no stack trace. */
async function expectCliRefused(args: string[], message: RegExp): Promise<void> {
  const run = await runScript('posters.ts', args)
  expect(run.code).not.toBe(0)
  expect(run.stderr).toMatch(/^posters: 错误：/m)
  expect(run.stderr).toMatch(/（输出文件夹未改动）/)
  expect(run.stderr).toMatch(message)
  expect(run.stderr).not.toMatch(/\n\s+at /)
  expect(run.stdout).toBe('')
  expectNothingWritten()
}

describe('the posters CLI exits non-zero with a clear message', () => {
  const out = () => path.join(work, 'out')

  it('--base ftp://x', async () => {
    await expectCliRefused(['--base', 'ftp://x', '--out', out(), '--catalog', writeCatalog(small)], /只接受 http\(s\) 网址.*"ftp:"/)
  })

  it('a catalog item without an id', async () => {
    const broken = JSON.parse(JSON.stringify(small)) as { items: { id?: string }[] }
    delete broken.items[1].id
    await expectCliRefused(['--base', BASE, '--out', out(), '--catalog', writeCatalog(broken)], /第 2 条事项（序号 \d+，「.+」）没有编号（id）/)
  })

  it('an unwritable output folder (a file where a folder is expected)', async () => {
    fs.writeFileSync(path.join(work, 'taken'), 'not a folder')
    await expectCliRefused(['--base', BASE, '--out', path.join(work, 'taken', 'posters'), '--catalog', writeCatalog(small)], /无法创建输出文件夹 .*taken 是文件，不是文件夹/)
  })
})

describe('npm run posters refuses bad input (in-process)', () => {
  const out = () => path.join(work, 'out')

  it.each([
    ['ftp://x', /只接受 http\(s\).*"ftp:"/],
    ['javascript:alert(1)', /只接受 http\(s\).*"javascript:"/],
    ['data:text/html,hi', /只接受 http\(s\)/],
    ['https://hall.example.gov.cn/yz?from=poster', /不能带查询参数/],
    ['https://hall.example.gov.cn/yz#top', /不能带查询参数（\?）或片段（#）/],
    ['https://user:pw@hall.example.gov.cn/yz', /用户名或密码/],
    ['hall.example.gov.cn/yz', /不是完整的网址/],
    ['', /为空/],
  ])('--base %j', async (base, message) => {
    await expectRefused(['--base', base, '--out', out(), '--catalog', writeCatalog(small)], message)
    expect(fs.existsSync(out())).toBe(false)
  })

  it('a catalog item without an id', async () => {
    const broken = JSON.parse(JSON.stringify(small)) as { items: { id?: string }[] }
    delete broken.items[0].id
    await expectRefused(['--base', BASE, '--out', out(), '--catalog', writeCatalog(broken)], /第 1 条事项（序号 1，「.+」）没有编号（id）/)
  })

  it('a catalog with a malformed or duplicate id', async () => {
    const bad = JSON.parse(JSON.stringify(small)) as Catalog
    bad.items[2].id = 'has space'
    await expectRefused(['--base', BASE, '--out', out(), '--catalog', writeCatalog(bad)], /编号 "has space" 不合规/)
    bad.items[2].id = bad.items[0].id
    await expectRefused(['--base', BASE, '--out', out(), '--catalog', writeCatalog(bad)], /与第 1 条重复/)
  })

  it('a missing catalog file', async () => {
    await expectRefused(['--base', BASE, '--out', out(), '--catalog', path.join(work, 'nope.json')], /读不到目录文件.*ENOENT/)
  })

  it('an output path that is a file', async () => {
    const file = path.join(work, 'taken')
    fs.writeFileSync(file, 'not a folder')
    await expectRefused(['--base', BASE, '--out', file, '--catalog', writeCatalog(small)], /已存在且不是文件夹/)
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder')
  })

  it('a non-empty folder it did not write (never replaced)', async () => {
    fs.mkdirSync(out())
    fs.writeFileSync(path.join(out(), 'notes.txt'), 'keep me')
    await expectRefused(['--base', BASE, '--out', out(), '--catalog', writeCatalog(small)], /不是本命令以前生成的/)
    expect(fs.readdirSync(out())).toEqual(['notes.txt'])
  })

  it('an unknown option', async () => {
    await expectRefused(['--outdir', out()], /未知选项 --outdir/)
  })

  it('a failure while printing keeps the previous output and leaves no half-written PDF', async () => {
    // A previous, finished run.
    fs.mkdirSync(out())
    fs.writeFileSync(path.join(out(), 'manifest.json'), JSON.stringify({ generator: GENERATOR }))
    fs.writeFileSync(path.join(out(), 'posters.pdf'), 'previous posters')
    // A title no A4 poster can hold: found only once Chromium lays the page out.
    const huge = JSON.parse(JSON.stringify(small)) as Catalog
    huge.items[1].title = '超长标题'.repeat(400)
    const error = await main(['--base', BASE, '--out', out(), '--catalog', writeCatalog(huge)]).then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toMatch(/海报：内容超出版面（目录里的文字太长？）：超长标题/)
    expect(listFiles(out())).toEqual(['manifest.json', 'posters.pdf'])
    expect(fs.readFileSync(path.join(out(), 'posters.pdf'), 'utf8')).toBe('previous posters')
    expect(tempLeftovers(work)).toEqual([])
  })
})

describe('validateLinkBase', () => {
  it('normalises what it accepts', () => {
    expect(validateLinkBase('https://Hall.Example.gov.cn/yz/')).toBe('https://hall.example.gov.cn/yz')
    expect(validateLinkBase(' http://10.0.0.5:8080 ')).toBe('http://10.0.0.5:8080')
    expect(validateLinkBase('https://hall.example.gov.cn/社保/')).toBe('https://hall.example.gov.cn/%E7%A4%BE%E4%BF%9D')
  })
})
