import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import { personCaller, type RequestContext } from '../common/caller.js';
import type { AccountRolesService } from './account-roles.service.js';
import { ContactDetailsInput, type ContactDetailsService } from './contact-details.service.js';
import type { IdentityService } from './identity.service.js';
import { AccountMemberView, PersonView } from './identity.types.js';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly accountRoles: AccountRolesService,
    private readonly contactDetails: ContactDetailsService,
  ) {}

  @Authorized(Access.Customer)
  @Mutation(() => PersonView, {
    description: 'Corrects the signed-in person’s name or language directly (rectification).',
  })
  async updateMyContactDetails(
    @Ctx() context: RequestContext,
    @Arg('input', () => ContactDetailsInput, { description: 'Only the fields to change.' }) input: ContactDetailsInput,
  ): Promise<PersonView> {
    const caller = personCaller(context);
    await this.contactDetails.update(caller, input);
    return this.identity.me(caller);
  }

  @Authorized(Access.SignedIn, Access.Recovery)
  @Query(() => PersonView, { description: 'The signed-in person, their role and what of their accounts they may see.' })
  me(@Ctx() context: RequestContext): Promise<PersonView> {
    return this.identity.me(personCaller(context));
  }

  @Authorized(Access.SignedIn)
  @Query(() => [AccountMemberView], {
    description: 'The people with access to a customer number; for its administrators.',
  })
  accountMembers(
    @Ctx() context: RequestContext,
    @Arg('customerNumber', () => String, { description: 'The 9-digit customer number.' }) customerNumber: string,
  ): Promise<AccountMemberView[]> {
    return this.accountRoles.accountMembers(personCaller(context), customerNumber);
  }

  @Authorized(Access.SignedIn)
  @Mutation(() => PersonView, {
    description:
      'A consumer user becomes administrator with their own postpaid Proximus line on the bill; the previous administrator is told by e-mail and becomes a user.',
  })
  async becomeAdministrator(
    @Ctx() context: RequestContext,
    @Arg('customerNumber', () => String, { description: 'The 9-digit customer number of the consumer account.' })
    customerNumber: string,
  ): Promise<PersonView> {
    const caller = personCaller(context);
    await this.accountRoles.becomeAdministrator(caller, customerNumber);
    return this.identity.me(caller);
  }

  @Authorized(Access.SignedIn)
  @Mutation(() => PersonView, {
    description:
      'Asks an access owner of a business account for delegate-user access; it stays PENDING until approved.',
  })
  async requestAccountAccess(
    @Ctx() context: RequestContext,
    @Arg('customerNumber', () => String, { description: 'The 9-digit customer number of the business account.' })
    customerNumber: string,
  ): Promise<PersonView> {
    const caller = personCaller(context);
    await this.accountRoles.requestAccountAccess(caller, customerNumber);
    return this.identity.me(caller);
  }

  @Authorized(Access.SignedIn)
  @Mutation(() => AccountMemberView, { description: "An access owner approves a delegate user's pending access." })
  approveAccountAccess(
    @Ctx() context: RequestContext,
    @Arg('membershipId', () => ID, { description: 'The pending `AccountMember` id.' }) membershipId: string,
  ): Promise<AccountMemberView> {
    return this.accountRoles.approveAccountAccess(personCaller(context), membershipId);
  }

  @Authorized(Access.SignedIn)
  @Mutation(() => Boolean, {
    description:
      "An access owner refuses a delegate user's pending access: the request is removed and the person told.",
  })
  async refuseAccountAccess(
    @Ctx() context: RequestContext,
    @Arg('membershipId', () => ID, { description: 'The pending `AccountMember` id.' }) membershipId: string,
  ): Promise<boolean> {
    await this.accountRoles.refuseAccountAccess(personCaller(context), membershipId);
    return true;
  }
}
