/** What other folders may use of rights: the services behind the data-subject requests. */
export { AccessOverviewService } from './access-overview.service.js';
export { ErasureService } from './erasure.service.js';
export { ExportService } from './export.service.js';
export { InformationReplyService } from './information-reply.service.js';
export { MyRequestsService, myRequestsLargestPage } from './my-requests.service.js';
export { MyRightsResolver, myRequestsFirstDescription, myRequestsPageSize } from './my-rights.resolver.js';
export { ObjectionDecisionService } from './objection-decision.service.js';
export { OfficeResolver } from './office.resolver.js';
export { OfficeQueueService } from './office-queue.service.js';
export { RequestsService } from './requests.service.js';
export { RightsResolver } from './rights.resolver.js';
export { DataSubjectRequestPageView, DataSubjectRequestView } from './rights.types.js';
export { StaffReadsService } from './staff-reads.service.js';
