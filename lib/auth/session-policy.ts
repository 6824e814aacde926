/** Magic links expire after ten minutes and work once (Auth.js deletes the token when it is used). */
export const MAGIC_LINK_MINUTES = 10;

/** How long a database session lives, and how often its expiry slides forward (Auth.js's maxAge and updateAge). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

/** Over HTTPS the session cookie is __Secure- prefixed (and Secure, HttpOnly, SameSite=Lax). */
export const secureCookiesFor = (appUrl: string) => appUrl.startsWith("https:");

/** The session cookie's name, as Auth.js names it. */
export const sessionCookieName = (appUrl: string) =>
  `${secureCookiesFor(appUrl) ? "__Secure-" : ""}authjs.session-token`;
