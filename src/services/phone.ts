/** Phone helpers: what to dial and how to announce it. */
import type { Phone } from '@/data/catalog-types'

export function phoneAriaLabel(phone: Phone): string {
  return `拨打电话 ${phone.display}`
}

/** Digits only, so makePhoneCall and tel: links never see separators. */
export function dialDigits(phone: Phone): string {
  return phone.digits.replace(/\D/g, '')
}
