import { badUserInput } from "@gcm-hub/kit";

/** An ISO 3166-1 alpha-2 argument, upper-cased; anything else is refused, naming the argument. */
export function isoArgument(argument: string, iso: string): string {
  if (!/^[A-Za-z]{2}$/.test(iso)) throw badUserInput(argument, `must be an ISO 3166-1 alpha-2 country code (two letters), got "${iso}"`);
  return iso.toUpperCase();
}
