/** Phone helpers: what to dial and how to announce it. */
import type { Phone } from '@/data/catalog-types'

/**
 * The call button's accessible name: the visible words in their order (WCAG 2.5.3 label in name),
 * e.g. "拨打电话 0352-8018778", or "拨打电话 社保大厅 0352-8018778" when it says who answers.
 */
export function phoneAriaLabel(phone: Phone, who: string | null = null): string {
  return who ? `拨打电话 ${who} ${phone.display}` : `拨打电话 ${phone.display}`
}

/** Digits only, so makePhoneCall and tel: links never see separators. */
export function dialDigits(phone: Phone): string {
  return phone.digits.replace(/\D/g, '')
}
