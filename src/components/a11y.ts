/**
 * Accessible-name props for Taro views. WeChat reads aria-role/aria-label (registered for the
 * weapp templates by config/a11y-plugin.js); the H5 build needs the standard role attribute
 * instead, since aria-role is not an ARIA attribute in browsers.
 */
const isWeapp = process.env.TARO_ENV === 'weapp'

function role(name: string): Record<string, string> {
  return isWeapp ? { 'aria-role': name } : { role: name }
}

export function a11yButton(label: string) {
  return { ...role('button'), 'aria-label': label, tabIndex: 0 }
}

export function a11yCheckbox(label: string, checked: boolean) {
  return {
    ...role('checkbox'),
    'aria-checked': checked ? 'true' : 'false',
    'aria-label': `${label}，${checked ? '已备齐' : '未备齐'}`,
    tabIndex: 0,
  }
}

export function a11ySwitch(label: string, on: boolean) {
  return { ...role('switch'), 'aria-checked': on ? 'true' : 'false', 'aria-label': label, tabIndex: 0 }
}

export function a11yHeading(level: 1 | 2 | 3) {
  return { ...role('heading'), 'aria-level': level }
}
