/**
 * A rule the user can act on was broken ("that code is already in use"). Server actions turn it into form state;
 * anything else that is thrown is a bug and surfaces as one.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export class NotFoundError extends DomainError {
  constructor(what = "That record") {
    super(`${what} was not found.`);
    this.name = "NotFoundError";
  }
}
