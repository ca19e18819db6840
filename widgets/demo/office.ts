import { element, wireStaffPage } from './staff-page.js';

wireStaffPage('px-sign-in, px-office-queue, px-office-request, px-propagation-health');

const queue = element<HTMLElement & { refresh(): Promise<void> }>('office-queue');
const request = element('office-request');
// The queue opens a request on the request screen; a step taken there shows in the queue.
queue.addEventListener('px-office-open', (event) => {
  request.setAttribute('request-id', event.detail.requestId);
  request.scrollIntoView({ block: 'start' });
});
request.addEventListener('px-office-step', () => void queue.refresh());
