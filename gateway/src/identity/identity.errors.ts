import { badUserInput, DomainError, forbidden } from '../common/errors.js';

/** Why a person may not become administrator (administrator-or-user.txt). */
export type AdministratorRefusal =
  | 'NOT_ON_ACCOUNT'
  | 'OTHER_OPERATOR'
  | 'PREPAID'
  | 'EMPLOYER_PAID'
  | 'BUSINESS_ACCOUNT';

const refusalMessages: Record<AdministratorRefusal, string> = {
  NOT_ON_ACCOUNT: 'Your mobile number is not on the bill of this customer number.',
  OTHER_OPERATOR: 'Your mobile number is not a Proximus number.',
  PREPAID: 'A Pay&Go prepaid card cannot make you administrator.',
  EMPLOYER_PAID: 'A mobile subscription paid by your employer cannot make you administrator.',
  BUSINESS_ACCOUNT: 'Access owners of a business account are designated by the company in its contract.',
};

export function cannotBecomeAdministrator(reason: AdministratorRefusal): DomainError {
  return forbidden(refusalMessages[reason], { reason });
}

export function invalidCustomerNumber(): DomainError {
  return badUserInput('A customer number has 9 digits.', { field: 'customerNumber' });
}

export function notAccountAdministrator(): DomainError {
  return new DomainError('NOT_FOUND', 'No such customer account or membership among those you administer.');
}

export function delegatesOnlyForBusiness(): DomainError {
  return forbidden('On a consumer account, ask the administrator; delegate users exist only for business accounts.', {
    reason: 'CONSUMER_ACCOUNT',
  });
}
