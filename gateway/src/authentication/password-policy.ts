/** The operator's rule for new passwords (login-with-sms-code.txt, step 5). */
export const passwordRule = 'at least 8 characters, at least 4 letters and at least 1 digit';

/** Long enough for any passphrase, short enough that hashing it cannot be used to exhaust the server. */
export const maxPasswordLength = 256;

/** The parts of the rule a candidate password misses; empty when it is acceptable. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if ([...password].length < 8) problems.push('at least 8 characters');
  if ((password.match(/\p{L}/gu) ?? []).length < 4) problems.push('at least 4 letters');
  if (!/\p{Nd}/u.test(password)) problems.push('at least 1 digit');
  if (password.length > maxPasswordLength) problems.push(`at most ${maxPasswordLength} characters`);
  return problems;
}
