/**
 * Runtime smoke test of the built weapp in dist/: loads app.js and page JavaScript in a Node `vm`
 * sandbox that stands in for the WeChat client (wx.*, App, Page, getCurrentPages, timers), drives
 * page lifecycles and taps, and checks what Taro would send to the WeChat view layer via setData.
 *
 * The stand-in follows what WeChat does closely enough for Taro's runtime: each dist file runs as a
 * module with a `require` resolved relative to it, setData applies path keys (`root.cn.[0].v`) to
 * a JSON copy of the payload and calls back asynchronously, async wx APIs answer through
 * success/complete callbacks, storage returns '' for missing keys. Timers are virtual and flushed
 * deterministically, so a run takes well under a second after loading.
 *
 * The data tree uses Taro's shortcuts: `nn` node name alias, `cn` children, `v` text, `cl` class,
 * `sid`/`uid` ids; attribute aliases (`p0`, `p1`, …) differ per node name and are read from
 * dist/base.wxml, page-meta's from the page's own index.wxml, so nothing here hard-codes them.
 *
 * Usage: tsx scripts/weapp-smoke.ts [distDir] [--verbose]   (exit code 1 on any failure)
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { buildItemUrl } from '../src/services/deep-link'

// ---------------------------------------------------------------------------------------------
// Templates: what each `nn` alias renders as, read from dist/base.wxml

interface NodeTemplate {
  /** The tag the template renders (view, text, input, …); '#text' for text nodes. */
  tag: string
  /** attribute name → data key (e.g. 'aria-label' → 'p3'). */
  attrs: Map<string, string>
  /** Event names bound to Taro's `eh` handler (tap, touchstart, …). */
  events: Set<string>
}

function parseAttributes(attrText: string, scope: string): { attrs: Map<string, string>; events: Set<string> } {
  const attrs = new Map<string, string>()
  const events = new Set<string>()
  const attrRe = /([\w:-]+)="([^"]*)"/g
  for (let m = attrRe.exec(attrText); m; m = attrRe.exec(attrText)) {
    const [, name, value] = m
    const bind = /^(?:bind|catch|capture-bind|capture-catch):?(\w+)$/.exec(name)
    if (bind && value === 'eh') {
      events.add(bind[1])
      continue
    }
    const ref = new RegExp(`\\b${scope}\\.(\\w+)`).exec(value)
    if (ref) attrs.set(name, ref[1])
  }
  return { attrs, events }
}

export function parseBaseWxml(source: string): Map<string, NodeTemplate> {
  const templates = new Map<string, NodeTemplate>()
  const re = /<template name="tmpl_0_([^"]+)">\s*<([\w-]+)([^>]*)>([^<]*)/g
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const [, name, tag, attrText, inner] = m
    if (tag === 'block' && /\{\{\s*i\.v\s*\}\}/.test(inner)) {
      templates.set(name, { tag: '#text', attrs: new Map(), events: new Set() })
    } else {
      const { attrs, events } = parseAttributes(attrText, 'i')
      templates.set(name, { tag, attrs, events })
    }
  }
  // Focusable nodes (input, textarea) dispatch to tmpl_0_<nn>_focus / _blur.
  for (const [name, tmpl] of templates) {
    const blur = templates.get(`${name}_blur`)
    if (tmpl.tag === 'template' && blur) templates.set(name, blur)
  }
  return templates
}

/** page-meta / navigation-bar: attribute name → data key, per data name (pageMeta, navigationBar). */
export function parsePageMetaWxml(source: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>()
  for (const [, tag, attrText] of source.matchAll(/<(page-meta|navigation-bar)\b([^>]*)>/g)) {
    const dataName = tag === 'page-meta' ? 'pageMeta' : 'navigationBar'
    out.set(dataName, parseAttributes(attrText, dataName).attrs)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// The rendered data tree

export interface RNode {
  nn?: string
  sid?: string
  uid?: string
  cl?: string
  v?: string
  cn?: RNode[]
  [key: string]: unknown
}

function walk(node: RNode, visit: (node: RNode, depth: number) => void, depth = 0): void {
  visit(node, depth)
  for (const child of node.cn ?? []) walk(child, visit, depth + 1)
}

/** Like DOM textContent: all text of the subtree in document order, no separators. */
export function textContent(node: RNode): string {
  if (typeof node.v === 'string') return node.v
  return (node.cn ?? []).map(textContent).join('')
}

/** Readable text: one line per element that directly holds text. */
function textLines(node: RNode): string[] {
  const lines: string[] = []
  const visit = (n: RNode) => {
    const own = (n.cn ?? []).filter((c) => typeof c.v === 'string').map((c) => c.v).join('')
    if (own.trim()) lines.push(own.trim())
    for (const c of n.cn ?? []) if (typeof c.v !== 'string') visit(c)
  }
  visit(node)
  return lines
}

function hasClass(node: RNode, name: string): boolean {
  return typeof node.cl === 'string' && node.cl.split(/\s+/).includes(name)
}

function findAll(root: RNode, predicate: (node: RNode) => boolean): RNode[] {
  const out: RNode[] = []
  walk(root, (n) => {
    if (predicate(n)) out.push(n)
  })
  return out
}

type PathKey = string | number

export function parseDataPath(dataPath: string): PathKey[] {
  const keys: PathKey[] = []
  for (const m of dataPath.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) keys.push(m[1] !== undefined ? Number(m[1]) : m[2])
  return keys
}

/** WeChat's setData: JSON copy of each value, written at its path, creating containers on the way. */
export function applySetData(target: Record<string, unknown>, payload: Record<string, unknown>): void {
  for (const [dataPath, value] of Object.entries(payload)) {
    const keys = parseDataPath(dataPath)
    if (keys.length === 0) throw new Error(`setData: empty path "${dataPath}"`)
    let obj = target as Record<PathKey, unknown>
    for (let i = 0; i < keys.length - 1; i++) {
      const next = obj[keys[i]]
      if (next === null || typeof next !== 'object') obj[keys[i]] = typeof keys[i + 1] === 'number' ? [] : {}
      obj = obj[keys[i]] as Record<PathKey, unknown>
    }
    obj[keys[keys.length - 1]] = value === undefined ? undefined : JSON.parse(JSON.stringify(value))
  }
}

// ---------------------------------------------------------------------------------------------
// The WeChat stand-in

type AnyFn = (...args: unknown[]) => unknown
type Options = Record<string, unknown>

interface Timer {
  fn: AnyFn
  args: unknown[]
  at: number
  every?: number
}

export interface ApiCall {
  api: string
  args: unknown
}

interface PageInstance extends Record<string, unknown> {
  data: Record<string, unknown>
  route: string
  setData(data: Record<string, unknown>, cb?: () => void): void
}

const PHONE: Record<string, unknown> = {
  brand: 'devtools', model: 'iPhone 12', system: 'iOS 16.0', platform: 'ios', version: '8.0.50',
  SDKVersion: '3.4.0', language: 'zh_CN', pixelRatio: 3, screenWidth: 375, screenHeight: 812,
  windowWidth: 375, windowHeight: 724, statusBarHeight: 44, fontSizeSetting: 16, theme: 'light',
  safeArea: { left: 0, right: 375, top: 44, bottom: 778, width: 375, height: 734 },
  screenTop: 88, enableDebug: false, host: { env: 'WeChat' }, deviceOrientation: 'portrait',
}

export class WeappSandbox {
  readonly calls: ApiCall[] = []
  readonly errors: string[] = []
  readonly warnings: string[] = []
  readonly logs: string[] = []
  /** Properties of wx read by the bundle that the stand-in does not provide. */
  readonly missingWx = new Set<string>()
  readonly setDataCount = { calls: 0, maxBytes: 0 }
  readonly context: vm.Context
  app: Options | null = null
  private readonly pageOptions = new Map<string, Options>()
  private readonly stack: PageInstance[] = []
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly timers = new Map<number, Timer>()
  private timerSeq = 0
  private clock = 0
  private loadingRoute: string | null = null
  private pageSeq = 0

  constructor(readonly distDir: string, readonly storage = new Map<string, unknown>()) {
    const record = (api: string) => (args?: unknown) => {
      this.calls.push({ api, args })
    }
    // Async APIs answer like WeChat: later, through success and complete.
    const asyncApi = (api: string, result: (args: Options) => Options = () => ({})) => (args: Options = {}) => {
      this.calls.push({ api, args })
      const res = { errMsg: `${api}:ok`, ...result(args) }
      this.setTimeout(() => {
        ;(args.success as AnyFn | undefined)?.(res)
        ;(args.complete as AnyFn | undefined)?.(res)
      }, 0)
    }
    const launch = { path: 'pages/index/index', query: {}, scene: 1001, referrerInfo: {}, apiCategory: 'default' }
    const storageKeys = () => [...this.storage.keys()]
    const wx: Options = {
      getSystemInfoSync: () => ({ ...PHONE }),
      getSystemInfo: asyncApi('getSystemInfo', () => ({ ...PHONE })),
      getSystemInfoAsync: asyncApi('getSystemInfoAsync', () => ({ ...PHONE })),
      getWindowInfo: () => ({ ...PHONE }),
      getAppBaseInfo: () => ({ ...PHONE }),
      getDeviceInfo: () => ({ ...PHONE }),
      getSystemSetting: () => ({ bluetoothEnabled: false, locationEnabled: false, wifiEnabled: true, deviceOrientation: 'portrait' }),
      getAppAuthorizeSetting: () => ({}),
      getAccountInfoSync: () => ({ miniProgram: { appId: 'wx-smoke', envVersion: 'develop', version: '' } }),
      getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 48, bottom: 80, left: 281, right: 368 }),
      getLaunchOptionsSync: () => ({ ...launch }),
      getEnterOptionsSync: () => ({ ...launch }),
      canIUse: () => true,
      nextTick: (fn: AnyFn) => {
        this.setTimeout(fn, 0)
      },
      getStorageSync: (key: string) => (this.storage.has(key) ? structuredClone(this.storage.get(key)) : ''),
      setStorageSync: (key: string, value: unknown) => {
        this.calls.push({ api: 'setStorageSync', args: { key, value } })
        this.storage.set(key, structuredClone(value))
      },
      removeStorageSync: (key: string) => {
        this.calls.push({ api: 'removeStorageSync', args: { key } })
        this.storage.delete(key)
      },
      clearStorageSync: () => this.storage.clear(),
      getStorageInfoSync: () => ({ keys: storageKeys(), currentSize: 0, limitSize: 10240 }),
      makePhoneCall: asyncApi('makePhoneCall'),
      setClipboardData: asyncApi('setClipboardData'),
      getClipboardData: asyncApi('getClipboardData', () => ({ data: '' })),
      showToast: asyncApi('showToast'),
      hideToast: asyncApi('hideToast'),
      showLoading: asyncApi('showLoading'),
      hideLoading: asyncApi('hideLoading'),
      showModal: asyncApi('showModal', () => ({ confirm: false, cancel: true })),
      openLocation: asyncApi('openLocation'),
      navigateTo: asyncApi('navigateTo'),
      redirectTo: asyncApi('redirectTo'),
      reLaunch: asyncApi('reLaunch'),
      switchTab: asyncApi('switchTab'),
      navigateBack: asyncApi('navigateBack'),
      setNavigationBarTitle: asyncApi('setNavigationBarTitle'),
      setNavigationBarColor: asyncApi('setNavigationBarColor'),
      showShareMenu: asyncApi('showShareMenu'),
      hideHomeButton: asyncApi('hideHomeButton'),
      pageScrollTo: asyncApi('pageScrollTo'),
      vibrateShort: asyncApi('vibrateShort'),
      reportAnalytics: record('reportAnalytics'),
      onAppShow: record('onAppShow'),
      onAppHide: record('onAppHide'),
      offAppShow: record('offAppShow'),
      offAppHide: record('offAppHide'),
      onError: record('onError'),
      onUnhandledRejection: record('onUnhandledRejection'),
      onPageNotFound: record('onPageNotFound'),
      onWindowResize: record('onWindowResize'),
      offWindowResize: record('offWindowResize'),
      onThemeChange: record('onThemeChange'),
      createSelectorQuery: () => {
        throw new Error('wx.createSelectorQuery is not provided by the smoke sandbox')
      },
      env: { USER_DATA_PATH: 'wxfile://usr' },
    }
    // Report (but tolerate) feature detection of APIs the stand-in lacks; calling one still throws.
    const wxProxy = new Proxy(wx, {
      get: (target, prop) => {
        if (typeof prop === 'string' && !(prop in target) && prop !== 'webpackJsonp' && prop !== 'then') {
          this.missingWx.add(prop)
        }
        return Reflect.get(target, prop)
      },
    })

    const fmt = (args: unknown[]) => args.map(describe).join(' ')
    const sandboxConsole = {
      log: (...a: unknown[]) => this.logs.push(fmt(a)),
      info: (...a: unknown[]) => this.logs.push(fmt(a)),
      debug: (...a: unknown[]) => this.logs.push(fmt(a)),
      warn: (...a: unknown[]) => this.warnings.push(fmt(a)),
      error: (...a: unknown[]) => this.errors.push(`console.error: ${fmt(a)}`),
      trace: (...a: unknown[]) => this.logs.push(fmt(a)),
      time: () => undefined,
      timeEnd: () => undefined,
      group: () => undefined,
      groupEnd: () => undefined,
    }

    this.context = vm.createContext({
      wx: wxProxy,
      console: sandboxConsole,
      setTimeout: (fn: AnyFn, ms?: number, ...args: unknown[]) => this.addTimer(fn, ms, args, false),
      clearTimeout: (id: number) => this.timers.delete(id),
      setInterval: (fn: AnyFn, ms?: number, ...args: unknown[]) => this.addTimer(fn, ms, args, true),
      clearInterval: (id: number) => this.timers.delete(id),
      App: (options: Options) => {
        if (this.app) this.errors.push('App() called twice')
        this.app = options
      },
      Page: (options: Options) => {
        if (!this.loadingRoute) throw new Error('Page() called outside a page file')
        this.pageOptions.set(this.loadingRoute, options)
      },
      Component: (options: Options) => {
        this.calls.push({ api: 'Component', args: Object.keys(options) })
      },
      Behavior: (options: Options) => options,
      getApp: () => this.app,
      getCurrentPages: () => [...this.stack],
      requireMiniProgram: () => ({}),
      requirePlugin: () => ({}),
      __wxConfig: { envVersion: 'develop', platform: 'ios' },
    })
  }

  /** Virtual timers: they run in `settle()`, in due order, never on the host's clock. */
  private addTimer(fn: AnyFn, ms: unknown = 0, args: unknown[] = [], repeat = false): number {
    const delay = Math.max(0, Number(ms) || 0)
    const id = ++this.timerSeq
    this.timers.set(id, { fn, args, at: this.clock + delay, every: repeat ? Math.max(1, delay) : undefined })
    return id
  }

  private setTimeout(fn: AnyFn, ms = 0): number {
    return this.addTimer(fn, ms)
  }

  /** Runs due timers and microtasks until nothing is left within `horizonMs` of virtual time. */
  async settle(horizonMs = 5000): Promise<void> {
    const until = this.clock + horizonMs
    for (let rounds = 0; rounds < 20000; rounds++) {
      await new Promise((resolve) => setImmediate(resolve))
      let nextId = -1
      let next: Timer | undefined
      for (const [id, t] of this.timers) {
        if (!next || t.at < next.at) {
          next = t
          nextId = id
        }
      }
      if (!next || next.at > until) return
      this.clock = Math.max(this.clock, next.at)
      if (next.every) next.at = this.clock + next.every
      else this.timers.delete(nextId)
      this.guard(`timer callback`, () => next!.fn(...next!.args))
    }
    throw new Error('timers never settled (a timer keeps rescheduling itself)')
  }

  /** Runs bundle code; anything it throws is recorded as a failure instead of aborting the run. */
  guard<T>(what: string, fn: () => T): T | undefined {
    try {
      return fn()
    } catch (error) {
      this.errors.push(`uncaught in ${what}: ${describe(error)}`)
      return undefined
    }
  }

  /** Loads a dist file like WeChat's module system: wrapped, with a relative `require`. */
  require(request: string, fromDir = this.distDir): unknown {
    let file = path.resolve(fromDir, request)
    if (!file.endsWith('.js')) file += '.js'
    const rel = path.relative(this.distDir, file)
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`require("${request}") leaves dist`)
    if (!fs.existsSync(file)) throw new Error(`require("${request}"): ${rel} does not exist in dist`)
    const cached = this.modules.get(file)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    this.modules.set(file, module)
    const code = fs.readFileSync(file, 'utf8')
    const wrapper = new vm.Script(`(function (require, module, exports) {${code}\n})`, { filename: file })
    const fn = wrapper.runInContext(this.context) as (req: (r: string) => unknown, m: unknown, e: unknown) => void
    fn((r) => this.require(r, path.dirname(file)), module, module.exports)
    return module.exports
  }

  /** app.js (which pulls in runtime, taro, vendors, common), then onLaunch and onShow. */
  launch(): void {
    this.require('./app')
    if (!this.app) throw new Error('app.js did not call App()')
    const app = this.app
    const launch = { path: 'pages/index/index', query: {}, scene: 1001, referrerInfo: {} }
    for (const hook of ['onLaunch', 'onShow'] as const) {
      const fn = app[hook]
      if (typeof fn === 'function') this.guard(`App.${hook}`, () => fn.call(app, launch))
    }
  }

  /** Loads a page's JavaScript (once) and returns its Page() options. */
  pageConfig(route: string): Options {
    if (!this.pageOptions.has(route)) {
      this.loadingRoute = route
      try {
        this.require(`./${route}`)
      } finally {
        this.loadingRoute = null
      }
      if (!this.pageOptions.has(route)) throw new Error(`${route}.js did not call Page()`)
    }
    return this.pageOptions.get(route)!
  }

  /** Opens a page like wx.navigateTo: onLoad(query), onShow, onReady, then lets rendering settle. */
  async open(route: string, query: Record<string, string> = {}): Promise<OpenPage> {
    const options = this.pageConfig(route)
    const page = {} as PageInstance
    for (const [key, value] of Object.entries(options)) if (key !== 'data') page[key] = value
    const id = ++this.pageSeq
    Object.assign(page, {
      data: JSON.parse(JSON.stringify(options.data ?? {})) as Record<string, unknown>,
      route,
      __route__: route,
      options: { ...query },
      __wxWebviewId__: id,
      __wxExparserNodeId__: `smoke-${id}`,
      getPageId: () => `pageId:${id}`,
      is: route,
      setData: (data: Record<string, unknown>, cb?: () => void) => {
        const bytes = Buffer.byteLength(JSON.stringify(data))
        this.setDataCount.calls++
        this.setDataCount.maxBytes = Math.max(this.setDataCount.maxBytes, bytes)
        // WeChat refuses a single setData over 1 MB.
        if (bytes > 1024 * 1024) this.errors.push(`setData of ${bytes} bytes on ${route} (WeChat limit 1 MB)`)
        applySetData(page.data, data)
        if (cb) this.setTimeout(cb, 0)
      },
    })
    this.stack.push(page)
    for (const hook of ['onLoad', 'onShow', 'onReady'] as const) {
      const fn = page[hook]
      if (typeof fn !== 'function') throw new Error(`${route}: Page() options have no ${hook}`)
      this.guard(`${route} ${hook}`, () => (hook === 'onLoad' ? fn.call(page, { ...query }) : fn.call(page)))
      await this.settle()
    }
    return new OpenPage(this, page)
  }

  async close(page: OpenPage): Promise<void> {
    const fn = page.instance.onUnload
    if (typeof fn === 'function') this.guard(`${page.instance.route} onUnload`, () => fn.call(page.instance))
    const index = this.stack.indexOf(page.instance)
    if (index >= 0) this.stack.splice(index, 1)
    await this.settle()
  }

  callsOf(api: string): ApiCall[] {
    return this.calls.filter((c) => c.api === api)
  }
}

/** Errors from the sandbox are of another realm: `instanceof Error` fails, so duck-type them. */
function describe(value: unknown): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && typeof (value as Error).message === 'string') {
    return (value as Error).stack ?? (value as Error).message
  }
  return safeJson(value)
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

export class OpenPage {
  constructor(readonly sandbox: WeappSandbox, readonly instance: PageInstance) {}

  get root(): RNode {
    const root = this.instance.data.root as RNode | undefined
    if (!root || !Array.isArray(root.cn)) throw new Error(`${this.instance.route}: page data has no root.cn`)
    return root
  }

  get text(): string {
    return textContent(this.root)
  }

  lines(): string[] {
    return textLines(this.root)
  }

  find(predicate: (node: RNode) => boolean): RNode[] {
    return findAll(this.root, predicate)
  }

  byClass(name: string): RNode[] {
    return this.find((n) => hasClass(n, name))
  }

  /** Fires a tap on a node the way WeChat's view layer reports it to the page's `eh` handler. */
  async tap(node: RNode): Promise<void> {
    const eh = this.instance.eh
    if (typeof eh !== 'function') throw new Error(`${this.instance.route}: page has no eh event handler`)
    const sid = String(node.sid)
    const target = { id: String(node.uid ?? node.sid), dataset: { sid }, offsetLeft: 0, offsetTop: 0 }
    const event = {
      type: 'tap',
      timeStamp: Date.now(),
      target,
      currentTarget: target,
      detail: { x: 10, y: 10 },
      touches: [],
      changedTouches: [],
      mark: {},
    }
    this.sandbox.guard(`${this.instance.route} tap`, () => (eh as AnyFn).call(this.instance, event))
    await this.sandbox.settle()
  }
}

// ---------------------------------------------------------------------------------------------
// The checks

interface CatalogItem {
  id: string
  seq: number
  title: string
}

interface Catalog {
  categories: { id: string; name: string }[]
  items: CatalogItem[]
}

export interface SmokeResult {
  failures: string[]
  summary: string[]
  ms: number
}

export async function runWeappSmoke(distDir: string, { verbose = false } = {}): Promise<SmokeResult> {
  const started = Date.now()
  const dist = path.resolve(distDir)
  if (!fs.existsSync(path.join(dist, 'app.json'))) {
    throw new Error(`${distDir}/app.json not found: run "npm run build:weapp" first`)
  }
  const root = path.resolve(__dirname, '..')
  const catalog = JSON.parse(fs.readFileSync(path.join(root, 'src/data/catalog.json'), 'utf8')) as Catalog
  const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) as {
    pages?: string[]
    subPackages?: { root: string; pages: string[] }[]
    window?: { navigationBarBackgroundColor?: string }
  }
  const templates = parseBaseWxml(fs.readFileSync(path.join(dist, 'base.wxml'), 'utf8'))
  const failures: string[] = []
  const summary: string[] = []
  const check = (ok: boolean, message: string) => {
    if (!ok) failures.push(message)
    return ok
  }
  const bySeq = (seq: number) => {
    const item = catalog.items.find((i) => i.seq === seq)
    if (!item) throw new Error(`catalog has no item with seq ${seq}`)
    return item
  }

  // Unhandled rejections from promises created in the sandbox surface on the host process.
  const rejections: string[] = []
  const onRejection = (reason: unknown) => {
    rejections.push(`unhandled rejection: ${describe(reason)}`)
  }
  process.on('unhandledRejection', onRejection)

  const sandboxes: WeappSandbox[] = []
  const newSandbox = (storage?: Map<string, unknown>) => {
    const sb = new WeappSandbox(dist, storage)
    sandboxes.push(sb)
    sb.launch()
    return sb
  }

  /** Structural checks that hold for every rendered page. */
  const checkPage = (page: OpenPage, label: string, expectTitle: (title: string) => boolean) => {
    const route = page.instance.route
    let nodes = 0
    const unknown = new Set<string>()
    let missingSid = 0
    walk(page.root, (n, depth) => {
      if (depth === 0) return
      nodes++
      if (typeof n.nn !== 'string' || !templates.has(n.nn)) unknown.add(String(n.nn))
      if (n.sid === undefined) missingSid++
    })
    check(nodes > 5, `${label}: rendered only ${nodes} nodes`)
    check(unknown.size === 0, `${label}: nodes with nn not in base.wxml: ${[...unknown].join(', ')}`)
    check(missingSid === 0, `${label}: ${missingSid} nodes without sid`)

    // page-meta and its navigation-bar: attribute names → data keys from the page's own wxml.
    const wxml = fs.readFileSync(path.join(dist, `${route}.wxml`), 'utf8')
    const meta = parsePageMetaWxml(wxml)
    const pmKeys = meta.get('pageMeta')
    const nbKeys = meta.get('navigationBar')
    if (!check(!!pmKeys && !!nbKeys, `${label}: ${route}.wxml has no page-meta with navigation-bar`)) return
    const pm = page.instance.data.pageMeta as Record<string, unknown> | undefined
    const nb = page.instance.data.navigationBar as Record<string, unknown> | undefined
    if (!check(!!pm && !!nb, `${label}: page data has no pageMeta/navigationBar (keys: ${Object.keys(page.instance.data).join(', ')})`)) return
    const attr = (data: Record<string, unknown>, keys: Map<string, string>, name: string) => {
      const key = keys.get(name)
      return key === undefined ? undefined : data[key]
    }
    const fontSize = attr(pm!, pmKeys!, 'root-font-size')
    const title = attr(nb!, nbKeys!, 'title')
    const front = attr(nb!, nbKeys!, 'front-color')
    const back = attr(nb!, nbKeys!, 'background-color')
    check(fontSize === 'system', `${label}: page-meta root-font-size is ${safeJson(fontSize)}, want "system"`)
    check(typeof title === 'string' && expectTitle(title), `${label}: navigation-bar title is ${safeJson(title)}`)
    check(front === '#ffffff', `${label}: navigation-bar front-color is ${safeJson(front)}, want "#ffffff"`)
    const wantBack = appJson.window?.navigationBarBackgroundColor
    check(
      typeof back === 'string' && back.toLowerCase() === String(wantBack).toLowerCase(),
      `${label}: navigation-bar background-color is ${safeJson(back)}, want app.json's ${safeJson(wantBack)}`,
    )
    return { nodes, title: String(title) }
  }

  const expectText = (page: OpenPage, label: string, wanted: string[]) => {
    const text = page.text
    for (const w of wanted) check(text.includes(w), `${label}: rendered text lacks "${w}"`)
  }

  try {
    const sb = newSandbox()

    // 1. Home page
    {
      const page = await sb.open('pages/index/index')
      const label = 'pages/index/index'
      const info = checkPage(page, label, (t) => t === '云州社保办事指南')
      const wanted = [...catalog.categories.map((c) => c.name), `${catalog.items.length}项社保服务`]
      check(catalog.categories.length === 9, `catalog has ${catalog.categories.length} categories, expected 9`)
      expectText(page, label, wanted)
      // Tapping a category tile opens its list.
      const first = catalog.categories[0]
      const cell = page.byClass('category-grid__cell').find((n) => textContent(n).includes(first.name))
      if (check(!!cell, `${label}: no category-grid__cell for "${first.name}"`)) {
        const before = sb.callsOf('navigateTo').length
        await page.tap(cell!)
        const urls = sb.callsOf('navigateTo').slice(before).map((c) => (c.args as Options).url)
        check(
          urls.length === 1 && urls[0] === `/pages/category/index?id=${first.id}`,
          `${label}: tapping "${first.name}" navigated to ${safeJson(urls)}`,
        )
      }
      summary.push(`${label}: ${info?.nodes ?? '?'} nodes; ${catalog.categories.length} categories, "${catalog.items.length}项社保服务"; category tap → navigateTo`)
      await sb.close(page)
    }

    // 2–4. Item card by id, taps on every phone button
    const item76 = bySeq(76)
    {
      const label = `pages/item/index?id=${item76.id}`
      const page = await sb.open('pages/item/index', { id: item76.id })
      const info = checkPage(page, label, (t) => t === item76.title || t === '办事指南')
      expectText(page, label, [item76.title, '0352-8018778', '12333'])
      const buttons = page.byClass('phone-button')
      check(buttons.length >= 2, `${label}: ${buttons.length} phone buttons, expected at least 2`)
      const dialled: string[] = []
      for (const button of buttons) {
        const tmpl = templates.get(String(button.nn))
        check(!!tmpl?.events.has('tap'), `${label}: phone button renders as nn ${button.nn} whose template binds no tap`)
        const shown = textContent(findAll(button, (n) => hasClass(n, 'phone-button__number'))[0] ?? button)
        const before = sb.callsOf('makePhoneCall').length
        await page.tap(button)
        const calls = sb.callsOf('makePhoneCall').slice(before)
        const number = (calls[0]?.args as Options | undefined)?.phoneNumber
        if (check(calls.length === 1, `${label}: tapping phone button "${shown}" made ${calls.length} makePhoneCall calls`)) {
          check(
            number === shown.replace(/\D/g, ''),
            `${label}: phone button "${shown}" dialled ${safeJson(number)}, want its digits only`,
          )
          dialled.push(String(number))
        }
      }
      for (const want of ['12333', '03528018778']) {
        check(dialled.includes(want), `${label}: no phone button dialled ${want} (dialled: ${dialled.join(', ') || 'none'})`)
      }
      summary.push(`${label}: ${info?.nodes ?? '?'} nodes, nav title "${info?.title}"; tapped ${buttons.length} phone buttons → makePhoneCall ${dialled.join(', ')}`)
      await sb.close(page)
    }

    // 2. Item card from an ordinary-link QR code (q) and from a 小程序码 (scene)
    const item22 = bySeq(22)
    {
      const url = buildItemUrl(item22.id)
      const label = `pages/item/index?q=<${url}>`
      const page = await sb.open('pages/item/index', { q: encodeURIComponent(url) })
      checkPage(page, label, (t) => t === item22.title || t === '办事指南')
      expectText(page, label, [item22.title, '土葬待遇材料', '火葬待遇所需材料'])
      summary.push(`${label}: "${item22.title}" with materials groups 土葬/火葬`)
      await sb.close(page)
    }
    const item17 = bySeq(17)
    {
      const label = `pages/item/index?scene=i=${item17.id}`
      const page = await sb.open('pages/item/index', { scene: encodeURIComponent(`i=${item17.id}`) })
      checkPage(page, label, (t) => t === item17.title || t === '办事指南')
      expectText(page, label, [item17.title])
      summary.push(`${label}: "${item17.title}"`)
      await sb.close(page)
    }
    for (const query of [{ id: 'nosuchitem' }, { q: '%E4%B8' }] as Record<string, string>[]) {
      const label = `pages/item/index?${Object.entries(query).map(([k, v]) => `${k}=${v}`).join('&')}`
      const page = await sb.open('pages/item/index', query)
      checkPage(page, label, (t) => t === '未找到')
      expectText(page, label, ['没有找到这个事项'])
        check(page.byClass('card__title').length === 0, `${label}: renders an item card for an invalid link`)
      summary.push(`${label}: "没有找到这个事项"`)
      await sb.close(page)
    }

    // 5. Ticking a materials row persists under yzsb.checklist and survives a restart
    {
      const label = `pages/item/index?id=${item22.id} (checklist)`
      const page = await sb.open('pages/item/index', { id: item22.id })
      const rows = page.byClass('checklist__row')
      if (check(rows.length > 1, `${label}: ${rows.length} checklist rows`)) {
        check(!rows.some((r) => hasClass(r, 'checklist__row--checked')), `${label}: a row is ticked before any tap`)
        const tmpl = templates.get(String(rows[0].nn))
        check(!!tmpl?.events.has('tap'), `${label}: checklist row renders as nn ${rows[0].nn} whose template binds no tap`)
        const firstLabel = textContent(rows[0])
        await page.tap(rows[0])
        const after = page.byClass('checklist__row')
        check(hasClass(after[0], 'checklist__row--checked'), `${label}: tapped row not re-rendered as checked`)
        check(after.slice(1).every((r) => !hasClass(r, 'checklist__row--checked')), `${label}: rows other than the tapped one got ticked`)
        check(page.text.includes(`已备齐 1/${rows.length}`), `${label}: progress does not read "已备齐 1/${rows.length}"`)
        const stored = ticksFor(sb.storage.get('yzsb.checklist'), item22.id)
        check(stored.length === 1, `${label}: yzsb.checklist holds ${safeJson(sb.storage.get('yzsb.checklist'))}, want one tick for ${item22.id}`)
        check(
          sb.callsOf('setStorageSync').some((c) => (c.args as Options).key === 'yzsb.checklist'),
          `${label}: the tick was not written with wx.setStorageSync`,
        )

        // A cold start with the same storage renders the tick from storage alone.
        const cold = newSandbox(new Map(sb.storage))
        const again = await cold.open('pages/item/index', { id: item22.id })
        const coldRows = again.byClass('checklist__row')
        check(
          coldRows.length === rows.length && hasClass(coldRows[0], 'checklist__row--checked') &&
            coldRows.slice(1).every((r) => !hasClass(r, 'checklist__row--checked')),
          `${label}: after a cold start the stored tick is not rendered on the first row`,
        )
        await cold.close(again)
        summary.push(`${label}: ticked "${firstLabel.slice(0, 24)}…" → yzsb.checklist ${safeJson(stored)}; cold start shows it ticked`)
      }
      await sb.close(page)
    }

    // Every other page of app.json (main package and subpackages) opens and renders cleanly.
    const appPages = appJson.pages ?? []
    const subPages = (appJson.subPackages ?? []).flatMap((sp) => sp.pages.map((p) => `${sp.root.replace(/\/+$/, '')}/${p}`))
    const opened: string[] = []
    for (const route of [...appPages, ...subPages]) {
      if (route === 'pages/index/index' || route === 'pages/item/index') continue
      const category = catalog.categories[0]
      // Known pages get a query that must show up; any page added later is at least opened bare.
      const known: Record<string, [Record<string, string>, string[]]> = {
        'pages/category/index': [{ id: category.id }, [category.name]],
        'pages/search/index': [{ q: encodeURIComponent('挂失') }, [item76.title]],
      }
      const [query, wanted] = known[route] ?? [{}, []]
      const page = await sb.open(route, query)
      checkPage(page, route, (t) => t.length > 0)
      expectText(page, route, wanted)
      opened.push(Object.keys(query).length ? `${route}?${Object.entries(query).map(([k, v]) => `${k}=${decodeURIComponent(v)}`).join('&')}` : route)
      await sb.close(page)
    }
    summary.push(`also rendered: ${opened.join(', ')}`)
  } catch (error) {
    failures.push(`smoke run aborted: ${describe(error)}`)
  } finally {
    // Let stray rejections surface before unhooking.
    await new Promise((resolve) => setImmediate(resolve))
    process.off('unhandledRejection', onRejection)
  }

  // 6. Nothing went wrong inside the bundle
  for (const sb of sandboxes) failures.push(...sb.errors)
  failures.push(...rejections)
  const warnings = sandboxes.flatMap((sb) => sb.warnings)
  const missing = new Set(sandboxes.flatMap((sb) => [...sb.missingWx]))
  const setData = sandboxes.reduce((acc, sb) => ({ calls: acc.calls + sb.setDataCount.calls, maxBytes: Math.max(acc.maxBytes, sb.setDataCount.maxBytes) }), { calls: 0, maxBytes: 0 })
  summary.push(`${setData.calls} setData calls, largest ${(setData.maxBytes / 1024).toFixed(1)} KB; console.warn: ${warnings.length}`)
  for (const w of warnings) summary.push(`  console.warn: ${w.slice(0, verbose ? undefined : 300)}`)
  if (verbose) {
    if (missing.size) summary.push(`  wx properties read but not stubbed: ${[...missing].sort().join(', ')}`)
    for (const l of sandboxes.flatMap((sb) => sb.logs)) summary.push(`  log: ${l}`)
  }
  // The same failure on several pages is reported once, with a count.
  const counted = new Map<string, number>()
  for (const f of failures) counted.set(f, (counted.get(f) ?? 0) + 1)
  const unique = [...counted].map(([f, n]) => (n > 1 ? `${f} (×${n})` : f))
  return { failures: unique, summary, ms: Date.now() - started }
}

function ticksFor(stored: unknown, itemId: string): string[] {
  if (typeof stored !== 'string') return []
  try {
    const parsed = JSON.parse(stored) as { data?: { ticks?: Record<string, unknown> } }
    const ticks = parsed.data?.ticks?.[itemId]
    return Array.isArray(ticks) ? ticks.map(String) : []
  } catch {
    return []
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const verbose = args.includes('--verbose')
  const distDir = args.find((a) => !a.startsWith('--')) ?? 'dist'
  const result = await runWeappSmoke(distDir, { verbose })
  for (const line of result.summary) console.log(`  ${line}`)
  if (result.failures.length) {
    console.error(`✗ weapp smoke: ${result.failures.length} failure(s) in ${result.ms} ms`)
    for (const f of result.failures) console.error(`  - ${f}`)
    process.exit(1)
  }
  console.log(`✓ weapp smoke: the built app renders and responds (${result.ms} ms)`)
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
