/** Small text helpers shared by the field extractors. */

/** Numbering at the start of an entry: 1. 1、 一、 ①–⑩ （1） (1). */
export const NUMBERING_SOURCE = '(?:\\d{1,2}[、.．](?!\\d)|[一二三四五六七八九十]{1,3}、|[①②③④⑤⑥⑦⑧⑨⑩]|[（(]\\d{1,2}[)）])'

/** Characters after which a numbering or a label may start inline. */
export const BOUNDARY_CHARS = '\\n。；;，,\\s'

const LEADING_NUMBERING = new RegExp(`^\\s*${NUMBERING_SOURCE}\\s*`)

export function stripNumbering(text: string): string {
  return text.replace(LEADING_NUMBERING, '')
}

export function hasLeadingNumbering(text: string): boolean {
  return LEADING_NUMBERING.test(text)
}

/** Ideographic spaces become plain spaces; lines are trimmed. */
export function normaliseSpaces(text: string): string {
  return text
    .replace(/\u3000/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
}

/** Trim whitespace and trailing separators (keeps a final 。 only when keepStop). */
export function cleanValue(text: string, keepStop = false): string {
  const trailing = keepStop ? /[\s；;，,、：:]+$/ : /[\s；;，,、。：:]+$/
  let out = text.replace(/^[\s；;，,、：:]+/, '').replace(trailing, '')
  // A lone closing full stop after the separators were removed.
  out = out.replace(/\s+/g, (ws) => (ws.includes('\n') ? '\n' : ' ')).trim()
  return out
}

const OPEN: Record<string, string> = { '《': '》', '（': '）', '(': ')', '“': '”', '<': '>', '〈': '〉', '【': '】' }
const CLOSE = new Set(Object.values(OPEN))

/**
 * Depth (nesting of 《》, parentheses and quotes) before each index: depth[i] is
 * the nesting level at which character i sits (an opening bracket sits at the
 * outer level, its content one level deeper).
 */
export function depthMap(text: string): number[] {
  const depth: number[] = new Array(text.length)
  let d = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (CLOSE.has(ch) && d > 0) d--
    depth[i] = d
    if (OPEN[ch] !== undefined) d++
  }
  return depth
}

/** True when every bracket in the text is closed (used to validate corrected titles). */
export function bracketsBalanced(text: string): boolean {
  const stack: string[] = []
  for (const ch of text) {
    if (OPEN[ch] !== undefined) stack.push(OPEN[ch])
    else if (CLOSE.has(ch)) {
      // （…) and (…） are tolerated: both are parentheses.
      const want = stack.pop()
      if (want === undefined) return false
      const paren = (c: string): boolean => c === ')' || c === '）'
      if (want !== ch && !(paren(want) && paren(ch))) return false
    }
  }
  return stack.length === 0
}

/** Split text into lines, then split each line at inline numbering ("。2、…"). */
export function splitNumbered(text: string): string[] {
  const inline = new RegExp(`(?<=[。；;，,\\s])(?=${NUMBERING_SOURCE})`, 'g')
  const out: string[] = []
  for (const line of text.split('\n')) {
    const depth = depthMap(line)
    let last = 0
    for (const m of execAll(inline, line)) {
      const at = m.index
      if (depth[at] !== 0) continue
      out.push(line.slice(last, at))
      last = at
    }
    out.push(line.slice(last))
  }
  return out.map((s) => s.trim()).filter((s) => s !== '')
}

const CN_NUMBERS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }

export function parseCount(token: string): number {
  if (/^\d+$/.test(token)) return Number(token)
  const n = CN_NUMBERS[token]
  if (n === undefined) throw new Error(`not a count: ${token}`)
  return n
}

/** RegExp#exec loop (String#matchAll is not in the es2017 lib). The regex must be global. */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  re.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    out.push(m)
    if (m[0] === '') re.lastIndex++
  }
  return out
}
