import { badUserInput } from "@gcm-hub/kit";

const ISO_ALPHA_2 = /^[A-Za-z]{2}$/;

export function isIsoCode(iso: string): boolean {
  return ISO_ALPHA_2.test(iso);
}

/** An ISO 3166-1 alpha-2 argument in plan's (upper) case, refused when it is not two letters. */
export function isoArgument(argument: string, iso: string): string {
  if (!isIsoCode(iso)) throw badUserInput(argument, `must be an ISO 3166-1 alpha-2 code (two letters), got "${iso}"`);
  return iso.toUpperCase();
}
