/**
 * Versioned JSON persistence over any synchronous key-value storage. Stored data can be missing,
 * corrupt, of another shape, from another version or too large: each key then falls back to its
 * default alone and the app carries on. Pure TypeScript so it is tested in Node.
 */

/** WeChat allows 1 MB per key; stay clearly below it. */
export const MAX_VALUE_BYTES = 1024 * 1024 - 1024

export interface KeyValueStorage {
  get(key: string): unknown
  set(key: string, value: string): void
  remove(key: string): void
}

export interface Envelope<T> {
  v: number
  data: T
}

export interface PersistedSpec<T> {
  key: string
  version: number
  fallback: () => T
  /** Returns the cleaned value, or null when the stored value is unusable. */
  sanitize: (data: unknown) => T | null
}

export type LoadOutcome = 'ok' | 'missing' | 'corrupt' | 'wrong-version' | 'wrong-shape' | 'oversized' | 'unreadable'

/** UTF-8 byte length without TextEncoder (absent on some mini-program runtimes). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

export function loadPersisted<T>(storage: KeyValueStorage, spec: PersistedSpec<T>): { value: T; outcome: LoadOutcome } {
  let raw: unknown
  try {
    raw = storage.get(spec.key)
  } catch {
    return { value: spec.fallback(), outcome: 'unreadable' }
  }
  if (raw === undefined || raw === null || raw === '') return { value: spec.fallback(), outcome: 'missing' }
  const reset = (outcome: LoadOutcome) => {
    try {
      storage.remove(spec.key)
    } catch {
      // A failing remove must not stop the app; the next save overwrites the key anyway.
    }
    return { value: spec.fallback(), outcome }
  }
  if (typeof raw !== 'string') return reset('corrupt')
  if (utf8Length(raw) > MAX_VALUE_BYTES) return reset('oversized')
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return reset('corrupt')
  }
  if (!parsed || typeof parsed !== 'object' || typeof (parsed as Envelope<unknown>).v !== 'number') return reset('corrupt')
  if ((parsed as Envelope<unknown>).v !== spec.version) return reset('wrong-version')
  let clean: T | null
  try {
    clean = spec.sanitize((parsed as Envelope<unknown>).data)
  } catch {
    clean = null
  }
  if (clean === null) return reset('wrong-shape')
  return { value: clean, outcome: 'ok' }
}

/** Saves the value; refuses (and reports false) rather than writing more than a key may hold. */
export function savePersisted<T>(storage: KeyValueStorage, spec: PersistedSpec<T>, value: T): boolean {
  const text = JSON.stringify({ v: spec.version, data: value } satisfies Envelope<T>)
  if (utf8Length(text) > MAX_VALUE_BYTES) return false
  try {
    storage.set(spec.key, text)
    return true
  } catch {
    return false
  }
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string')
}
