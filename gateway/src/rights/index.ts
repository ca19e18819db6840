/** What other folders may use of rights: the services behind the data-subject requests. */
export { AccessOverviewService } from './access-overview.service.js';
export { ErasureService } from './erasure.service.js';
export { ExportService } from './export.service.js';
export { ObjectionDecisionService } from './objection-decision.service.js';
export { OfficeResolver } from './office.resolver.js';
export { OfficeQueueService } from './office-queue.service.js';
export { RequestsService } from './requests.service.js';
export { RightsResolver } from './rights.resolver.js';
export { DataSubjectRequestView } from './rights.types.js';
export { StaffReadsService } from './staff-reads.service.js';
