/**
 * An error the user can fix: bad flag, unknown kata, broken manifest. The CLI prints its message (and hint)
 * without a stack trace and exits with `exitCode`.
 */
export class UserError extends Error {
  override readonly name = "UserError";
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
  }
}
