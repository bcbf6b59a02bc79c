// Development tokens for tests, signed like `npm run token` signs them.
import { SignJWT } from "jose";
import { DEVELOPMENT_JWT_SECRET } from "../../gateway/src/config.js";

export interface TokenClaims {
  department: string;
  scopes: string[];
  subject?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  audience?: string;
  secret?: string;
}

export async function token({ department, scopes, subject = "tester", expiresIn = 600, audience = "gcm-hub", secret = DEVELOPMENT_JWT_SECRET }: TokenClaims): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ department, scope: scopes.join(" ") })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuer("gcm-hub")
    .setAudience(audience)
    .setIssuedAt(now - 10)
    .setExpirationTime(now + expiresIn)
    .sign(new TextEncoder().encode(secret));
}
