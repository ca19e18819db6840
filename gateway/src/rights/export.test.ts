import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { preferenceOperations as operations, startTestGateway, type TestGateway } from '../../test-support/index.js';

const requestExport = `mutation($input: FileRequestInput!) {
  requestDataExport(input: $input) { id status exportArchive { status progress downloadPath expiresAt } }
}`;

let gateway: TestGateway;
afterEach(() => gateway?.stop());

async function download(path: string, token: string) {
  const response = await fetch(`${gateway.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

describe('the export archive (GDPR Art. 20)', () => {
  it('holds the data the person provided and every change they made, as JSON and CSV, for 7 days', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    await gateway.graphql(operations.setMarketingObjection, { input: { objected: true, channel: 'sms' } }, { token });
    await gateway.graphql(operations.grantConsent, { input: { purpose: 'testimonials' } }, { token });
    await gateway.graphql(
      operations.setLocationReportingOptOut,
      { input: { optedOut: true, subjectId: await gateway.idOf('+32470000002') } },
      { token },
    );
    const filed = await gateway.graphql<{ requestDataExport: { id: string; exportArchive: { status: string } } }>(
      requestExport,
      { input: {} },
      { token },
    );
    // The job runs beside the answer: it may have finished already.
    expect(filed.data?.requestDataExport.exportArchive.status).toMatch(/^(building|ready)$/);
    await gateway.idle();
    const mine = await gateway.graphql<{
      myDataSubjectRequests: { exportArchive: { status: string; progress: number; downloadPath: string } }[];
    }>('{ myDataSubjectRequests { exportArchive { status progress downloadPath } } }', {}, { token });
    const archive = mine.data?.myDataSubjectRequests[0]?.exportArchive;
    expect(archive).toMatchObject({ status: 'ready', progress: 1 });

    const zip = await download(archive?.downloadPath ?? '', token);
    expect(zip.status).toBe(200);
    const files = unzipSync(new Uint8Array(zip.body));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'data.json', 'preference-history.csv']);
    const data = JSON.parse(strFromU8(files['data.json'] as Uint8Array));
    expect(data.identity).toMatchObject({ email: 'mary.jones@example.com', mobileNumber: '+32470000002' });
    expect(data.preferenceHistory.map((e: { purpose: string; decision: string }) => [e.purpose, e.decision])).toEqual([
      ['direct-marketing', 'objected'],
      ['testimonials', 'granted'],
      ['location-reporting', 'objected'],
    ]);
    const csv = strFromU8(files['preference-history.csv'] as Uint8Array)
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(4);
    expect(csv[1]).toContain(',direct-marketing,sms,objected,');

    expect((await download(archive?.downloadPath ?? '', await gateway.signIn('philip.smith@example.com'))).status).toBe(
      404,
    );
    gateway.clock.advanceMinutes(7 * 24 * 60 + 1);
    expect((await download(archive?.downloadPath ?? '', await gateway.signIn('mary.jones@example.com'))).status).toBe(
      404,
    );
  });

  it('waits for the identity when taken by phone', async () => {
    gateway = await startTestGateway();
    const filed = await gateway.graphql<{ requestDataExport: { id: string; exportArchive: unknown } }>(
      requestExport,
      { input: { subjectId: await gateway.idOf('tracy.smith@example.com') } },
      { token: await gateway.signIn('agent@example.com') },
    );
    expect(filed.data?.requestDataExport.exportArchive).toBeNull();
    const confirmed = await gateway.graphql<{ confirmRequesterIdentity: { exportArchive: { status: string } } }>(
      'mutation($id: ID!) { confirmRequesterIdentity(input: { requestId: $id }) { exportArchive { status } } }',
      { id: filed.data?.requestDataExport.id },
      { token: await gateway.signIn('dpo@example.com') },
    );
    expect(confirmed.data?.confirmRequesterIdentity.exportArchive.status).toMatch(/^(building|ready)$/);
    await gateway.idle();
  });

  it('stays building at 0 % while the test gateway holds its jobs, and is built once they are released', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const archive = async () =>
      (
        await gateway.graphql<{ myDataSubjectRequests: { exportArchive: { status: string; progress: number } }[] }>(
          '{ myDataSubjectRequests { exportArchive { status progress } } }',
          {},
          { token },
        )
      ).data?.myDataSubjectRequests[0]?.exportArchive;
    gateway.jobs.hold();

    await gateway.graphql(requestExport, { input: {} }, { token });
    const held = await archive();
    gateway.jobs.release();
    await gateway.idle();

    expect(held).toEqual({ status: 'building', progress: 0 });
    expect(await archive()).toEqual({ status: 'ready', progress: 1 });
  });
});
