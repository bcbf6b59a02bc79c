// Development tokens for tests, signed like `npm run token` signs them.
import { SignJWT } from "jose";
import { DEVELOPMENT_JWT_SECRET } from "../../gateway/src/config.js";

export interface TokenClaims {
  /** The subgraph the token lets its holder change (claim subgraph). */
  subgraph: string;
  scopes: string[];
  subject?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  audience?: string;
  secret?: string;
  /** Seconds since the token was issued; default 10. */
  issuedAgo?: number;
  /** Claims left out, to test that they are required. */
  omit?: ("sub" | "exp" | "iat")[];
}

export async function token({ subgraph, scopes, subject = "tester", expiresIn = 600, audience = "gcm-hub", secret = DEVELOPMENT_JWT_SECRET, issuedAgo = 10, omit = [] }: TokenClaims): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ subgraph, scope: scopes.join(" ") }).setProtectedHeader({ alg: "HS256" }).setIssuer("gcm-hub").setAudience(audience);
  if (!omit.includes("sub")) jwt.setSubject(subject);
  if (!omit.includes("iat")) jwt.setIssuedAt(now - issuedAgo);
  if (!omit.includes("exp")) jwt.setExpirationTime(now + expiresIn);
  return jwt.sign(new TextEncoder().encode(secret));
}
