/**
 * A failure the operator can fix (bad option, bad catalog, unwritable folder). The CLIs print its
 * message without a stack trace and exit non-zero; anything else is a bug and keeps its stack.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}
