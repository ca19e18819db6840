import { element, wireStaffPage } from './staff-page.js';

wireStaffPage(
  'px-sign-in, px-office-queue, px-office-request, px-subject-record, px-propagation-health, px-register-imports, px-office-report',
);

const queue = element<HTMLElement & { refresh(): Promise<void> }>('office-queue');
const request = element('office-request');
// The queue opens a request on the request screen; a step taken there shows in the queue.
queue.addEventListener('px-office-open', (event) => {
  request.setAttribute('request-id', event.detail.requestId);
  request.scrollIntoView({ block: 'start' });
});
request.addEventListener('px-office-step', () => void queue.refresh());

const record = element('subject-record');
// The request links its person's record, by the pseudonymous id that outlives an erasure.
request.addEventListener('px-office-open-subject', (event) => {
  record.setAttribute('subject-id', event.detail.subjectId);
  record.scrollIntoView({ block: 'start' });
});
