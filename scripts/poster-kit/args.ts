/** A tiny `--name value` / `--name=value` parser for the QR tools; unknown options are errors. */
import { UserError } from './errors'

export function parseOptions(argv: string[], known: string[], flags: string[] = []): Map<string, string> {
  const options = new Map<string, string>()
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg)
    if (!match) throw new UserError(`无法识别的参数 "${arg}"`)
    const [, name, inline] = match
    if (flags.includes(name)) {
      options.set(name, 'true')
      continue
    }
    if (!known.includes(name)) throw new UserError(`未知选项 --${name}（可用：${[...known, ...flags].map((k) => `--${k}`).join(' ')}）`)
    const value = inline ?? argv[++index]
    if (value === undefined) throw new UserError(`选项 --${name} 缺少取值`)
    options.set(name, value)
  }
  return options
}
