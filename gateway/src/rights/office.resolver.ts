import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import { personCaller, type RequestContext } from '../common/caller.js';
import type { ErasureService } from './erasure.service.js';
import { ErasurePreviewView } from './office.types.js';
import { answerPreview } from './office-answers.js';
import type { OfficeQueueService } from './office-queue.service.js';
import { OfficeStep } from './office-steps.js';
import { DataSubjectRequestView } from './rights.types.js';

/** What the office's screens read besides the queue: one request, and the answers its steps would give. */
@Resolver()
export class OfficeResolver {
  constructor(
    private readonly office: OfficeQueueService,
    private readonly erasure: ErasureService,
  ) {}

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => DataSubjectRequestView, {
    description: 'One request with its history, as the office works it (logged).',
  })
  dataSubjectRequest(@Ctx() context: RequestContext, @Arg('id', () => ID, { description: 'The request.' }) id: string) {
    return this.office.request(personCaller(context), id);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => ErasurePreviewView, {
    description: 'What `carryOutErasure` erases and keeps, before it is carried out.',
  })
  erasurePreview() {
    return this.erasure.preview();
  }

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => String, {
    nullable: true,
    description:
      'The answer the person will see if the office takes this step with this note; null for a step that answers nothing.',
  })
  officeAnswerPreview(
    @Arg('step', () => OfficeStep, { description: 'The step about to be taken.' }) step: OfficeStep,
    @Arg('note', () => String, { defaultValue: '', description: 'The note of the step, as written so far.' })
    note: string,
    @Arg('upheld', () => Boolean, { defaultValue: false, description: 'For decide-objection: upheld or not.' })
    upheld: boolean,
  ) {
    return answerPreview(step, note, upheld);
  }
}
