/**
 * The one error type the importer throws for damaged input or inconsistent
 * reviewed data. `line` is the 1-based line in the source text (null when the
 * problem is not tied to a line, e.g. a bad registry file).
 */
export class ImportError extends Error {
  readonly line: number | null
  readonly file: string | null

  constructor(line: number | null, message: string, file: string | null = null) {
    super(message)
    this.name = 'ImportError'
    this.line = line
    this.file = file
  }

  /** "catalog-source.txt:1111: message" style, for the CLI. */
  format(defaultFile: string): string {
    const file = this.file ?? defaultFile
    return this.line == null ? `${file}: ${this.message}` : `${file}:${this.line}: ${this.message}`
  }
}
