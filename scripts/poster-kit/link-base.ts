/**
 * Validation of the URL prefix printed in the service-hall QR codes. Only an absolute http(s) URL
 * without query, fragment or credentials is accepted: WeChat's ordinary-link rule matches on
 * protocol + host + path prefix, and the H5 landing pages live at `<base>/item/<id>/`.
 */
import { UserError } from './errors'

const EXAMPLE_HOSTS = /(^|\.)(example\.(com|org|net)|example|invalid|test|localhost)$/i

/** Returns the normalised base (no trailing slash) or throws a UserError that says what is wrong. */
export function validateLinkBase(raw: string, origin = '--base'): string {
  const value = raw.trim()
  if (value === '') throw new UserError(`${origin} 为空：需要形如 https://example.gov.cn/yz 的网址`)
  if (/[\s\u0000-\u001f\u007f]/.test(value)) throw new UserError(`${origin} 含有空白或控制字符："${raw}"`)
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new UserError(`${origin} 不是完整的网址："${raw}"（需要 http:// 或 https:// 开头）`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`${origin} 只接受 http(s) 网址，收到的协议是 "${url.protocol}"："${raw}"`)
  }
  if (value.includes('?') || value.includes('#')) {
    throw new UserError(`${origin} 不能带查询参数（?）或片段（#）："${raw}"；二维码网址是 <base>/item/<编号>`)
  }
  if (url.username !== '' || url.password !== '') throw new UserError(`${origin} 不能包含用户名或密码："${raw}"`)
  if (url.hostname === '') throw new UserError(`${origin} 缺少域名："${raw}"`)
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}

/** True for hosts that can never be the real service: posters printed with them scan to nowhere. */
export function isPlaceholderBase(base: string): boolean {
  return EXAMPLE_HOSTS.test(new URL(base).hostname)
}
