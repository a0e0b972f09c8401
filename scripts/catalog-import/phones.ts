/**
 * Phone numbers: every run of five or more digits in a guide (optionally with
 * a dash after an area code) is taken for a phone number and validated.
 * Valid: Datong landlines 0352 + 7 digits, and the national hotline 12333.
 * Anything else is an error that must be fixed in corrections.json.
 */
import type { Phone } from '../../src/data/catalog-types'
import { execAll } from './text'

export const HOTLINE: Phone = { digits: '12333', display: '12333', kind: 'hotline' }

export interface PhoneMatch {
  /** The text as written, e.g. "0352-8018778". */
  text: string
  index: number
  phone: Phone | null
}

const CANDIDATE = /(\d{3,4}[-－—]\d{4,}|\d{5,})/g

export function normalisePhone(text: string): Phone | null {
  const digits = text.replace(/\D/g, '')
  if (digits === '12333') return HOTLINE
  if (/^0352\d{7}$/.test(digits)) {
    return { digits, display: `0352-${digits.slice(4)}`, kind: 'landline' }
  }
  return null
}

export function findPhones(text: string): PhoneMatch[] {
  return execAll(CANDIDATE, text)
    .filter((m) => {
      // Not part of a longer alphanumeric token such as a document number.
      const before = text[m.index - 1] ?? ''
      const after = text[m.index + m[0].length] ?? ''
      return !/[\dA-Za-z]/.test(before) && !/[\dA-Za-z]/.test(after)
    })
    .map((m) => ({ text: m[0], index: m.index, phone: normalisePhone(m[0]) }))
}

export function uniquePhones(phones: Phone[]): Phone[] {
  const seen = new Set<string>()
  return phones.filter((p) => (seen.has(p.digits) ? false : (seen.add(p.digits), true)))
}
