import { wireStaffPage } from './staff-page.js';

wireStaffPage('px-sign-in, px-agent-desk');
